/**
 * The stream names of an OLE2 compound file ([MS-CFB]): the container of
 * Office 97–2003 files (.xls, .doc, .ppt) and of password-protected Office
 * 2007+ files, whose encrypted package sits in a compound file instead of a
 * zip. Only the directory is read, to say what the file is; no stream is.
 */

/** D0 CF 11 E0 A1 B1 1A E1: the first eight bytes of every compound file. */
export const COMPOUND_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsLikeCompoundFile(head: Uint8Array): boolean {
  return head.length >= COMPOUND_SIGNATURE.length && COMPOUND_SIGNATURE.every((byte, i) => head[i] === byte);
}

const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_BYTES = 128;
/** Sector numbers at and above this are markers (free, end of chain, FAT, DIFAT), not sectors. */
const MAX_SECTOR = 0xfffffffa;
const STORAGE = 1;
const STREAM = 2;

/**
 * The names of the storages and streams in a compound file's directory, or
 * undefined when the directory cannot be followed (a truncated or damaged
 * file). Every chain is walked at most once per sector, so a hostile file
 * with a looping chain ends the walk instead of looping.
 */
export function compoundStreamNames(bytes: Uint8Array): string[] | undefined {
  if (!startsLikeCompoundFile(bytes) || bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const sectors = Math.floor(bytes.length / sectorSize) - 1;
  const sectorOffset = (sector: number): number | undefined => (sector < sectors ? (sector + 1) * sectorSize : undefined);

  // The FAT's own sectors: the first 109 are listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  const seen = new Set<number>();
  for (let difat = view.getUint32(0x44, true); difat < MAX_SECTOR && !seen.has(difat); ) {
    seen.add(difat);
    const at = sectorOffset(difat);
    if (at === undefined) return undefined;
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) fatSectors.push(view.getUint32(at + 4 * i, true));
    difat = view.getUint32(at + 4 * perSector, true);
  }
  const fat: number[] = [];
  for (const sector of fatSectors.filter((s) => s < MAX_SECTOR)) {
    const at = sectorOffset(sector);
    if (at === undefined) return undefined;
    for (let i = 0; i < sectorSize / 4; i++) fat.push(view.getUint32(at + 4 * i, true));
  }

  const names: string[] = [];
  seen.clear();
  for (let sector = view.getUint32(0x30, true); sector < MAX_SECTOR && !seen.has(sector); sector = fat[sector] ?? MAX_SECTOR) {
    seen.add(sector);
    const at = sectorOffset(sector);
    if (at === undefined) return undefined;
    for (let entry = at; entry < at + sectorSize; entry += DIRECTORY_ENTRY_BYTES) {
      const type = bytes[entry + 0x42];
      const length = Math.min(64, view.getUint16(entry + 0x40, true));
      if ((type === STORAGE || type === STREAM) && length >= 2) names.push(utf16le(bytes.subarray(entry, entry + length - 2)));
    }
  }
  return names;
}

function utf16le(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return text;
}

/** What a compound file holds, by the streams Office writes into each kind. */
export type CompoundContent = "legacyXls" | "encryptedWorkbook" | "Word" | "PowerPoint" | "unknown";

export function compoundContent(bytes: Uint8Array): CompoundContent {
  const names = new Set((compoundStreamNames(bytes) ?? []).map((name) => name.toLowerCase()));
  // [MS-OFFCRYPTO] 2.3.4: an encrypted Office 2007+ file is EncryptionInfo + EncryptedPackage.
  if (names.has("encryptioninfo") && names.has("encryptedpackage")) return "encryptedWorkbook";
  // [MS-XLS] 2.1.1: BIFF8 writes a "Workbook" stream, BIFF5 and earlier a "Book" stream.
  if (names.has("workbook") || names.has("book")) return "legacyXls";
  if (names.has("worddocument")) return "Word";
  if (names.has("powerpoint document")) return "PowerPoint";
  return "unknown";
}
