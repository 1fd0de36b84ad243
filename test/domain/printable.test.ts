/**
 * Cell text echoed in a message: what acts (terminal escapes, control
 * characters, bidi controls) is shown as a visible mark; what reads is kept.
 */
import { formatProblem, printable, printableKeepingLines } from "../../src/domain";
import { stopMessages } from "../../src/usecases/stopMessages";

const CLEAR_SCREEN = "\x1b[2J";
const RIGHT_TO_LEFT_OVERRIDE = "\u202E";

/** Every character printable must never let through. */
const ACTING: readonly string[] = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter((c) => !"\t\n\r".includes(c)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
  "\u061C", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
];

describe("printable", () => {
  it("shows a terminal escape and a bidi override as marks, keeping the text around them", () => {
    expect(printable(`Personeel${CLEAR_SCREEN}x${RIGHT_TO_LEFT_OVERRIDE}yz`)).toBe("Personeel<ESC>[2Jx<U+202E>yz");
  });

  it.each(ACTING.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, c]))("replaces %s by a visible mark", (_, character) => {
    const shown = printable(`a${character}b`);
    expect(shown).not.toContain(character);
    expect(shown).toMatch(/^a<(ESC|U\+[0-9A-F]{4})>b$/);
  });

  it("keeps letters, accents, CJK, emoji (joined ones too) and quotes", () => {
    const text = "Coördinatie « Rôle » 管理支援 👩‍💼 \"A1\" 1 200 Δ";
    expect(printable(text)).toBe(text);
  });

  it("turns a tab and every kind of line break in a cell into a space", () => {
    expect(printable("Niveau\tverbetering\r\n(1-4)\nx\ry\u2028z\u2029w")).toBe("Niveau verbetering (1-4) x y z w");
  });

  it("changes nothing the second time", () => {
    const once = printable(`${CLEAR_SCREEN}\u0007\u009B31m${RIGHT_TO_LEFT_OVERRIDE}\u2066x`);
    expect(printable(once)).toBe(once);
    expect(once).toBe("<ESC>[2J<U+0007><U+009B>31m<U+202E><U+2066>x");
  });
});

describe("printableKeepingLines (the terminal writer)", () => {
  it("keeps a message's own line feeds but shows a carriage return, escapes and bidi controls", () => {
    expect(printableKeepingLines(`line 1\nline 2 ${CLEAR_SCREEN}\rover${RIGHT_TO_LEFT_OVERRIDE}\n`)).toBe("line 1\nline 2 <ESC>[2J<U+000D>over<U+202E>\n");
  });
});

describe("messages that quote cell text", () => {
  it("formatProblem quotes a hostile value printably, keeping the rest of the sentence", () => {
    const message = formatProblem({ code: "badHeadcount", argument: "staff", value: `12${CLEAR_SCREEN}${RIGHT_TO_LEFT_OVERRIDE}0` }, "en", "C7 staff");
    expect(message).toMatch(/^C7 staff: "12<ESC>\[2J<U\+202E>0" is not a headcount\. Expected a whole number/);
    expect(message).not.toContain("\x1b");
    expect(message).not.toContain(RIGHT_TO_LEFT_OVERRIDE);
  });

  it.each(["nl", "fr", "en"] as const)("a stop message in %s quotes a hostile sheet name and headers printably", (language) => {
    const say = stopMessages(language);
    const message = say.missingColumns(`Blad${RIGHT_TO_LEFT_OVERRIDE}1`, "staff", `A "Opmerking${CLEAR_SCREEN}"`);
    expect(message).toContain(`Blad<U+202E>1`);
    expect(message).toContain(`A "Opmerking<ESC>[2J"`);
    expect(message).not.toContain("\x1b");
    expect(message).not.toContain(RIGHT_TO_LEFT_OVERRIDE);
  });
});
