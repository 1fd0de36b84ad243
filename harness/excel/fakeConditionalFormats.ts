/**
 * The conditional formats of the fake Excel (see fakeExcel.ts), as the
 * reference documents them:
 * - `Range.conditionalFormats` is "the collection of ConditionalFormats that
 *   intersect the range" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-conditionalformats-member);
 * - `ConditionalFormat.id` is "the priority of the conditional format in the
 *   current ConditionalFormatCollection", and `priority` is "the priority (or
 *   index) within the conditional format collection … Changing this also
 *   changes other conditional formats' priorities, to allow for a contiguous
 *   priority order … you have to re-fetch a new copy of the object at that new
 *   priority location" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member):
 *   so an id is a position in one collection, ids of different ranges'
 *   collections cannot be compared, and an object fetched by id or from
 *   `items` reaches whatever rule is at that position when the request runs;
 *   deleting one shifts the positions of those after it;
 * - `add` puts the new rule "at the first/top priority"
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1));
 * - `getRangeOrNullObject` gives a null object for a rule over several areas
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-getrangeornullobject-member(1));
 * - `custom` is for "a custom type" only; reaching it on another type fails,
 *   as the non-OrNullObject variants do (customOrNullObject exists for that:
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 * Which sheet rules a priority ranks is the sheet's list `SheetModel.cfs`.
 */
import { type FakeContext, FakeOfficeError, Loaded, jsonBytes } from "./fakeExcel";
import { FakeRange, type RangeRef } from "./fakeRange";
import { type CfModel, type Rect, inside, overlaps } from "./fakeSheet";

type Where = () => RangeRef;

/** The rules a range's collection holds, in priority order, when the request runs. */
const collection = (where: Where): CfModel[] => {
  const { sheet, rect } = where();
  return sheet.cfs.filter((cf) => overlaps(cf.rect, rect));
};

/** Proxies of one rule's custom properties, set on the rule `rule()` finds when the request runs. */
function customOf(context: FakeContext, rule: () => CfModel) {
  const custom = (): CfModel => {
    const cf = rule();
    if (cf.type !== "Custom") throw new FakeOfficeError("InvalidOperation", `the conditional format is of type ${cf.type}, not Custom.`);
    return cf;
  };
  const part = (key: "formula" | "fill" | "fontColor", name: string) => {
    const loaded = new Loaded(name);
    const proxy = {
      load: () => {
        context.queue(50, () => {
          const value = custom()[key] ?? null;
          loaded.put(key === "formula" ? "formula" : "color", value);
          return jsonBytes(value);
        });
        return proxy;
      },
    };
    const property = key === "formula" ? "formula" : "color";
    return Object.defineProperty(proxy, property, {
      get: () => loaded.get(property),
      set: (value: string) => context.format("styleSets", 80, () => void Object.assign(custom(), { [key]: value })),
    }) as { load(): unknown; formula?: string; color?: string };
  };
  return { rule: part("formula", "ConditionalFormatRule"), format: { fill: part("fill", "ConditionalRangeFill"), font: part("fontColor", "ConditionalRangeFont") } };
}

/** One rule reached through a collection at `index` (its id), as office.js addresses it. */
function ruleAt(context: FakeContext, where: Where, index: () => number) {
  const rule = (): CfModel => {
    const cf = collection(where)[index()];
    if (!cf) throw new FakeOfficeError("ItemNotFound", `no conditional format at ${index()}.`);
    return cf;
  };
  return {
    custom: customOf(context, rule),
    getRangeOrNullObject: (): FakeRange =>
      new FakeRange(
        context,
        () => {
          const cf = rule();
          if (cf.areas && cf.areas.length > 1) throw new Error("several areas");
          return { sheet: where().sheet, rect: cf.rect };
        },
        true,
      ),
    delete: () =>
      context.format("styleSets", 50, () => {
        const cf = rule();
        const { sheet } = where();
        sheet.cfs = sheet.cfs.filter((c) => c !== cf);
      }),
  };
}

export function conditionalFormatsOf(context: FakeContext, where: Where) {
  const loaded = new Loaded("ConditionalFormatCollection");
  return {
    add: (type: string) => {
      if (type !== "Custom") throw new Error(`The fake supports adding custom conditional formats only, not ${type}.`);
      const model: { current?: CfModel } = {};
      context.format("cfAdds", 80, () => {
        const { sheet, rect } = where();
        model.current = { type, rect };
        sheet.cfs.unshift(model.current);
      });
      return {
        custom: customOf(context, () => {
          if (!model.current) throw new Error("The conditional format was not added.");
          return model.current;
        }),
      };
    },
    /** `load("items/id,items/type")`: the ids are the positions in this collection now. */
    load: (props = "") => {
      context.queue(50, () => {
        const rules = collection(where);
        const items = rules.map((cf, index) => ({ id: String(index), type: cf.type }));
        loaded.put(
          "items",
          items.map((item, index) => ({ ...item, ...ruleAt(context, where, () => index) })),
        );
        return jsonBytes(props.includes("type") ? items : items.map(({ id }) => ({ id })));
      });
      return {
        get items(): ({ id: string; type: string } & ReturnType<typeof ruleAt>)[] {
          return loaded.get("items");
        },
      };
    },
    getItem: (id: string) => ruleAt(context, where, () => Number(id)),
    getItemAt: (index: number) => ruleAt(context, where, () => index),
    /** "Clears all conditional formats active on the current specified range" (ConditionalFormatCollection.clearAll): the fake takes those lying inside it. */
    clearAll: () =>
      context.format("styleSets", 50, () => {
        const { sheet, rect } = where();
        sheet.cfs = sheet.cfs.filter((cf) => !inside(cf.rect, rect));
      }),
  };
}

export type { Rect };
