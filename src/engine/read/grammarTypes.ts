/**
 * What the value grammar (grammar.ts) produces: the comparison operator of a target, a quantity
 * and a calendar point as written, and the parse of a whole text. Types only, in a module of their
 * own so that the word lists and the productions (grammarLexicon.ts, quantityGrammar.ts,
 * deadlineGrammar.ts) name them without importing grammar.ts, which imports them.
 */
/** Comparison operator of a target: `≥ > ≤ < =`. */
export type Operator = '>=' | '>' | '<=' | '<' | '=';

/** One quantity as written, before multipliers and units are applied (values.ts applies them). */
export interface RawQuantity {
  /** Decimal digits, sign included (`-5`, `1.2`); Chinese numerals already turned into digits. */
  readonly digits: string;
  /** Powers of ten of the multiplier (万 4, 亿 8), 0 when none. */
  readonly shift: number;
  /** `%` or `‰`, or null. */
  readonly percent: '%' | '‰' | null;
  /** The unit as written after normalisation (`元/人·月`), '' when none. */
  readonly unit: string;
  /** The text this quantity was read from (operator removed), for 评分依据. */
  readonly written: string;
}

/** A calendar point, any part of which may be missing (`12月底前` has no year and no day). */
export interface RawDate {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** What the grammar made of a text. */
export type Parsed =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly op: Operator | null; readonly q: RawQuantity }
  | { readonly kind: 'range'; readonly lo: RawQuantity; readonly hi: RawQuantity }
  | { readonly kind: 'deadline'; readonly date: RawDate }
  | {
      readonly kind: 'text';
      /** The longest start of the text the grammar could read (may be ''). */
      readonly read: string;
      /** The rest, from the first piece the grammar could not place. */
      readonly unread: string;
      /** Digits with an operator, a percent or a unit: a number somebody meant but nobody can read (§9.8). */
      readonly numberLike: boolean;
    };
