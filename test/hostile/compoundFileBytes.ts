/**
 * A minimal OLE2 compound file ([MS-CFB], version 3, 512-byte sectors)
 * written byte by byte: a root storage and up to three streams, each 4,096
 * bytes so that it lives in ordinary sectors (no mini stream). Enough for
 * any reader to walk its directory: the shape of an .xls ("Workbook") or of
 * a password-protected Office file ("EncryptionInfo", "EncryptedPackage").
 */

const SECTOR = 512;
const STREAM_BYTES = 4096;
const STREAM_SECTORS = STREAM_BYTES / SECTOR;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface CompoundStream {
  readonly name: string;
  /** The stream's first bytes (the rest is zeros). */
  readonly head?: Uint8Array;
}

export function compoundFileBytes(streams: readonly CompoundStream[]): Uint8Array {
  if (streams.length > 3) throw new Error("one directory sector holds the root and three streams");
  // Sector 0: the FAT; sector 1: the directory; then each stream's sectors.
  const sectors = 2 + streams.length * STREAM_SECTORS;
  const file = Buffer.alloc(SECTOR * (1 + sectors));
  Buffer.from(SIGNATURE).copy(file, 0);
  file.writeUInt16LE(0x003e, 0x18); // minor version
  file.writeUInt16LE(3, 0x1a); // major version 3: 512-byte sectors
  file.writeUInt16LE(0xfffe, 0x1c); // little-endian
  file.writeUInt16LE(9, 0x1e); // sector shift: 2^9
  file.writeUInt16LE(6, 0x20); // mini sector shift: 2^6
  file.writeUInt32LE(1, 0x2c); // FAT sectors
  file.writeUInt32LE(1, 0x30); // first directory sector
  file.writeUInt32LE(STREAM_BYTES, 0x38); // mini stream cutoff
  file.writeUInt32LE(END_OF_CHAIN, 0x3c); // no mini FAT
  file.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sectors
  file.writeUInt32LE(0, 0x4c); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) file.writeUInt32LE(FREE, 0x4c + 4 * i);

  const sectorAt = (n: number): number => SECTOR * (n + 1);
  const fat = new Array<number>(SECTOR / 4).fill(FREE);
  fat[0] = FAT_SECTOR;
  fat[1] = END_OF_CHAIN;
  streams.forEach((_, s) => {
    const first = 2 + s * STREAM_SECTORS;
    for (let i = 0; i < STREAM_SECTORS; i++) fat[first + i] = i === STREAM_SECTORS - 1 ? END_OF_CHAIN : first + i + 1;
  });
  fat.forEach((next, i) => file.writeUInt32LE(next, sectorAt(0) + 4 * i));

  const entry = (index: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const at = sectorAt(1) + 128 * index;
    const encoded = Buffer.from(`${name}\0`, "utf16le");
    encoded.copy(file, at);
    file.writeUInt16LE(encoded.length, at + 0x40);
    file[at + 0x42] = type;
    file[at + 0x43] = 1; // black
    file.writeUInt32LE(NO_STREAM, at + 0x44); // left sibling
    file.writeUInt32LE(right, at + 0x48);
    file.writeUInt32LE(child, at + 0x4c);
    file.writeUInt32LE(start, at + 0x74);
    file.writeUInt32LE(size, at + 0x78);
  };
  entry(0, "Root Entry", 5, streams.length > 0 ? 1 : NO_STREAM, NO_STREAM, END_OF_CHAIN, 0);
  streams.forEach((stream, s) => {
    entry(s + 1, stream.name, 2, NO_STREAM, s + 1 < streams.length ? s + 2 : NO_STREAM, 2 + s * STREAM_SECTORS, STREAM_BYTES);
    if (stream.head) Buffer.from(stream.head).copy(file, sectorAt(2 + s * STREAM_SECTORS));
  });
  for (let unused = streams.length + 1; unused < 4; unused++) {
    const at = sectorAt(1) + 128 * unused;
    for (const field of [0x44, 0x48, 0x4c]) file.writeUInt32LE(NO_STREAM, at + field);
  }
  return new Uint8Array(file);
}

/** A BIFF8 BOF record (workbook globals), the first bytes of an .xls "Workbook" stream. */
export const BIFF8_BOF = Uint8Array.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00]);
