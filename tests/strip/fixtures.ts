// Invented pages for the strip tests: the shapes a naive scraper produces (one block per line), written
// for these tests only.
import type { Document } from '../../src/corpus/types.js';
import { stripCorpus } from '../../src/strip/index.js';

export const ARTICLE_EN = [
  'Skip to content',
  '',
  ' * Home',
  ' * World',
  ' * Business',
  ' * Sport',
  '',
  'Subscribe to our newsletter',
  '',
  'Harbour town votes to rebuild storm wall after record flood',
  '',
  'By Jane Placeholder',
  '',
  'Share on Facebook Share on Twitter',
  '',
  'NORTHPORT – Residents of the small harbour town voted on Tuesday to rebuild the sea wall that failed during last month’s storm, after a debate that lasted well into the night and drew the largest crowd the council chamber has seen in years.',
  '',
  'The new wall will be two metres higher than the old one and is expected to cost about 14 million euros, according to the town engineer, who told the meeting that work could begin in the spring if the regional government approves the plan.',
  '',
  'Cost and timing',
  '',
  'Several residents said they were worried that the project would take too long and that the harbour would stay exposed for another winter. The mayor said temporary barriers would be placed along the most vulnerable stretch of the quay before the end of the year.',
  '',
  '“We cannot afford another night like that one,” said a fisherman who lost his boat in the flood. “Everyone here knows someone whose house was under water.”',
  '',
  '0:00 0:02:47 0:00',
  '',
  'The council will publish the detailed plans next week and has promised to hold another public meeting before any contract is signed with a builder.',
  '',
  'Related stories',
  '',
  ' * Storm leaves coastal villages without power',
  ' * Insurers brace for flood claims',
  ' * What the new sea level figures mean for your town',
  '',
  '© 2024 Northport Gazette. All rights reserved.',
  ' * Privacy policy',
  ' * Contact',
].join('\n');

/** Lines (1-based) of ARTICLE_EN that are article text. */
export const ARTICLE_EN_KEEP = [10, 16, 18, 22, 24, 28];
/** Lines of ARTICLE_EN that are furniture, with the reason we expect. */
export const ARTICLE_EN_DROP: Record<number, string> = {
  1: 'short-nav-line',
  8: 'subscription',
  14: 'share-buttons',
  26: 'media-timestamp',
  30: 'related-list',
  36: 'copyright',
  37: 'legal-links',
};

export const ARTICLE_DE = [
  'Zum Inhalt springen',
  ' * Startseite',
  ' * Politik',
  ' * Wirtschaft',
  '',
  'Stadtrat beschließt neuen Radweg entlang des Flusses',
  '',
  'Der Stadtrat hat am Mittwochabend mit großer Mehrheit beschlossen, einen neuen Radweg entlang des Flusses zu bauen. Die Strecke soll im kommenden Sommer fertig sein und die beiden Ortsteile auf der anderen Seite des Wassers miteinander verbinden.',
  '',
  'Nach Angaben der Verwaltung kostet das Vorhaben rund drei Millionen Euro, von denen das Land etwa die Hälfte übernehmen will. Die Opposition kritisierte, dass die Pläne erst sehr spät öffentlich vorgestellt worden seien.',
  '',
  'Auf Facebook teilen Auf Twitter teilen',
  '',
  'Die Bauarbeiten sollen im März beginnen. Während dieser Zeit wird der bestehende Fußweg am Ufer teilweise gesperrt, wie ein Sprecher der Stadt mitteilte.',
  '',
  'Lesen Sie auch',
  ' * Neue Buslinie für das Gewerbegebiet',
  ' * Streit um Parkgebühren in der Altstadt',
  '',
  '© 2024 Beispiel-Zeitung. Alle Rechte vorbehalten.',
].join('\n');

export const ARTICLE_DE_KEEP = [6, 8, 10, 14];
export const ARTICLE_DE_DROP = [1, 2, 12, 16, 17, 20];

/** A second page of the English site: same template, another story. */
export const SAME_SITE_OTHER = [
  'Skip to content',
  '',
  ' * Home',
  ' * World',
  '',
  'Subscribe to our newsletter',
  '',
  'Ferry service resumes after two-week suspension',
  '',
  'The island ferry returned to its normal timetable on Monday after two weeks in which storms and a damaged pier kept the boats in port, the operator said in a statement that thanked passengers for their patience.',
  '',
  'Engineers spent the weekend testing the repaired pier, and the first crossing left on time with more than two hundred passengers on board, many of them commuters who had been driving the long way round.',
  '',
  'Northport Gazette – independent news since 1902',
  '',
  '© 2024 Northport Gazette. All rights reserved.',
].join('\n');

/** A plain-text document for stripCorpus, and its line decisions by line number. */
export const doc = (id: string, text: string, source: string | null = null): Document => ({ id, text, source, origin: id });
export const decide = (text: string) => new Map(stripCorpus([doc('t', text)])[0]!.lineDecisions.map((d) => [d.line, d]));
