export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** Why a mention got its type (the learned typer, or a rule of the override layer). */
export type TypeReason =
  | 'model'
  | 'gazetteer-country'
  | 'gazetteer-place'
  | 'known-organization'
  | 'news-agency'
  | 'title-before-name'
  | 'given-name-and-surname'
  | 'known-surname'
  | 'generational-suffix'
  | 'prefixed-given-name'
  | 'age-after-name'
  | 'age-before-name'
  | 'person-apposition'
  | 'dateline-source'
  | 'dateline-place'
  | 'dateline-city'
  | 'place-then-region'
  | 'place-noun-after'
  | 'place-noun-before'
  | 'organization-noun'
  | 'affiliation-acronym'
  | 'street-name'
  | 'area-name'
  | 'vehicle-make'
  | 'numbered-place'
  | 'numbered-unit'
  | 'place-prefix'
  | 'region-of-place'
  | 'plural-common-noun'
  | 'head-before-place'
  | 'unit-of-place'
  | 'versioned-product'
  | 'state-after-place'
  | 'street-intersection'
  | 'surname-of-a-person'
  | 'place-preposition'
  | 'body-of-place-name'
  | 'named-in-credit';

/** Whether a mention was typed by `reason` alone ("model": no rule; "named-in-credit": a credit's name). */
export const typedOnlyBy = (reasons: readonly TypeReason[], reason: TypeReason): boolean => reasons.length === 1 && reasons[0] === reason;

/** Why an entity has its type, or why a form was merged into it (`--explain`). */
export type EntityReason =
  | TypeReason
  | 'country-acting'
  | 'forms'
  | 'spelling-variant'
  | 'acronym-defined'
  | 'acronym-initials'
  | 'capital-for-country'
  | 'nickname-of-full-name'
  | 'surname-of-full-name'
  | 'middle-names-dropped'
  | 'given-name-of-full-name'
  | 'named-in-caption';

export interface EntityEvidence {
  reason: EntityReason;
  detail: string;
}

export interface EntityMention {
  document: string;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** One real-world referent across the corpus (contract: `entities`). */
export interface Entity {
  /** Stable slug of the canonical name, e.g. `john-kerry`. */
  id: string;
  /** Fullest proper form, without titles and without a leading "the". */
  name: string;
  type: EntityType;
  /** Every surface form that refers to the entity. */
  aliases: string[];
  /** Titles and roles met with the name ("Secretary of State", "President"). */
  roles: string[];
  /** Ids of the documents that mention it, in corpus order. */
  documents: string[];
  mentions: EntityMention[];
  /** Set, with `mentions` left empty, when the command prints no mention (`figures`, `check`): on a large corpus the mentions are most of the merged entities' memory, and only their count orders entities. */
  mentionCount?: number;
  /** Evidence for the type and for each merge (shown with `--explain`). */
  evidence: EntityEvidence[];
}

/** How many mentions an entity has, whether or not they were kept. */
export const mentionCountOf = (e: Entity): number => e.mentionCount ?? e.mentions.length;
