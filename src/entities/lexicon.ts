/**
 * General-language word lists for the entity recogniser: titles and roles, organisation and place head
 * words, name particles, capitalised words that are never names. No names of particular entities here
 * except a few world-known news agencies (attribution lines in news copy name them without any cue).
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, PERSON_NOUNS as SHARED_PERSON_NOUNS, PLACE_NAME_NOUNS, PERSON_TITLES, WEEKDAYS, WEEKDAY_ABBREVIATIONS } from '../corpus/lexicon.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));
/** A word set with the days and months added. */
const withCalendar = (set: Set<string>): Set<string> => {
  for (const w of [...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS]) set.add(w);
  return set;
};

/** Title and role words that precede a person's name ("President", "Colonel", "Foreign Minister"). */
export const TITLE_WORDS: ReadonlySet<string> = PERSON_TITLES;

/** Title words that are also ordinary name parts or org words: titles only before a person-like name. */
export const WEAK_TITLES = words(`general chief head leader speaker chair private justice father sister brother
  major count director manager principal dean marshal crown assistant deputy member`);

/** Words that continue a title: "Foreign Minister", "Interior Ministry" is not a title (see ORG_HEADS). */
export const TITLE_MODIFIERS = words(`foreign defense defence interior finance justice health education prime vice
  deputy acting former late first grand supreme chief executive general attorney press state home trade
  economy energy culture information agriculture transport labour labor environment security intelligence
  military senior junior special associate assistant lieutenant staff rear high crown emeritus`);

/** Heads that make a capitalised sequence an organisation. */
export const ORG_HEADS = words(`
  council ministry party observatory agency agencies inc inc. corp corp. corporation co co. ltd ltd. llc plc gmbh
  company companies group committee commission department departments army coalition union nations organization
  organisation association institute institution university college school academy bank fund foundation society
  church court parliament senate congress assembly police navy force forces front movement brigade brigades
  battalion federation league club times post news network television tv radio press service services office
  bureau hospital airlines airways motors systems technologies technology labs laboratories records studios games
  trust authority board cabinet government administration guard corps brotherhood command alliance
  partnership partners network institute center centre council secretariat tribunal caucus house
  team newspaper magazine journal herald tribune gazette telegraph chronicle broadcasting media entertainment
  industries holdings enterprises international foundation consortium commission quartet mission embassy
  consulate regime junta cartel dept assn
  gang militia rebels fighters police
`);

/** Heads that make a capitalised sequence a place. */
export const PLACE_HEADS = words(`
  city county province region valley river mountains mountain mount mt lake island islands street st avenue ave
  road rd square park bridge bay gulf sea ocean desert peninsula strait coast heights hill hills district
  state states territory territories town village airport hall stadium arena museum palace tower towers
  building plaza canal harbor harbour port beach forest falls canyon basin delta plain plains highlands
  republic kingdom emirates prefecture oblast governorate borough neighborhood neighbourhood camp base
  border crossing corridor strip station hotel memorial mosque temple cathedral shrine synagogue basilica factory
  terminal
`);

/** Words that open a place's name before its body: "East Flatbush", "Upper Manhattan", "South Bronx". */
export const COMPASS_PREFIXES = words(`east west north south northeast northwest southeast southwest upper lower`);

/** Administrative units named "of" a place: "Municipality of Livorno", "County of Maui", "the city of Orange". */
export const UNIT_OF_PLACE_HEADS = words(`city town village municipality county province region district borough prefecture
  township parish commune`);

/** Adjectives that name a part of a place before its name: "Southern Indiana", "Eastern Europe", "Central Java". */
export const REGION_ADJECTIVES = words(`northern southern eastern western central northeastern northwestern southeastern
  southwestern`);

/**
 * Heads of an area whose name, bare, still names the area ("Flatbush" of "Flatbush Borough"): no building,
 * street or park, which are often named after a person ("Beethoven Hall", "Lincoln Avenue").
 */
export const AREA_HEADS = words(`county counties valley island islands peninsula district borough province region township
  parish`);

/**
 * Last words of an administrative area's name: "Cook County", "Orleans Parish", "Lower Merion Township". Such a
 * name is a place even where it stands for the area's government ("the Cook County medical examiner"); not
 * "district" or "region", which end organisations' names too ("Irving Independent School District").
 */
export const AREA_NAME_HEADS = words(`county parish borough township province prefecture canton oblast`);

/** Heads after a numbered street's or ward's ordinal: "52nd Street", "East 52nd St.", "NW 32nd Court", "9th Ward". */
export const NUMBERED_PLACE_HEADS = words(`street st avenue ave road rd boulevard blvd lane drive parkway terrace court ward`);

/** Heads of a street's name, singular and plural ("Snyder Avenue", "Penn and Lowry avenues"), dots removed. */
export const STREET_HEADS = words(`street st avenue ave road rd boulevard blvd lane ln drive dr parkway pkwy terrace court ct
  way place pl highway hwy trail circle`);
export const STREET_HEADS_PLURAL = words(`streets avenues roads boulevards lanes drives parkways terraces courts highways`);

/**
 * Last words that make any name a street or road ("Finley Street", "Dewees Drive", "Pacific Coast Highway"):
 * the unambiguous ones of STREET_HEADS ("Supreme Court", "United Way", "Inner Circle" are no streets).
 */
export const STREET_NAME_HEADS = words(`street st avenue ave road rd boulevard blvd lane drive parkway highway freeway expressway turnpike`);

/** First words that make a name a street or square in many languages: "Rue Lafarge", "Via Roma", "Calle Mayor". */
export const STREET_PREFIXES = words(`rue via calle avenida avenue boulevard piazza plaza praça praca rua carrer strada ulica`);

/**
 * Vehicle makes that open a make-and-model name ("Toyota Camry", "Chevy Malibu", "Ford F-350"): the name is
 * a product, whatever the model word looks like. Makes that are also common surnames or places alone are
 * listed too, since only a make followed by a model is read this way.
 */
export const VEHICLE_MAKES = words(`acura audi bmw buick cadillac chevrolet chevy chrysler dodge fiat ford gmc honda hummer
  hyundai infiniti jaguar jeep kia lexus lincoln mazda mercedes mercedes-benz mercury mini mitsubishi nissan oldsmobile
  plymouth pontiac porsche ram saab saturn scion subaru suzuki tesla toyota volkswagen vw volvo harley-davidson yamaha kawasaki`);

/** Compass words before a numbered street: "East 52nd Street", "South 38th", "NW 30th Ave", "N.W. 32nd Ave". */
export const STREET_COMPASS = words(`east west north south northeast northwest southeast southwest n s e w ne nw se sw n.w. n.e.
  s.w. s.e.`);

/**
 * Heads of the units that news names by an ordinal: police precincts, army and navy units, courts of appeals
 * ("67th Precinct", "101st Airborne Division", "7th Fleet", "9th Circuit").
 */
export const NUMBERED_UNIT_HEADS = words(`precinct division regiment battalion brigade corps fleet squadron infantry
  cavalry airborne marines army wing circuit`);

/** Heads after which "of"/"for"/"on" continue the name: "University of Toronto", "Observatory for Human Rights". */
export const OF_HEADS = new Set([
  ...ORG_HEADS,
  ...words(`republic kingdom emirate gulf bay isle isles sea city state states daughters sons friends order
  museum palace cathedral temple house hall school college university institute academy church bank court
  department ministry office secretary undersecretary minister ambassador president governor mayor king queen
  prince emir envoy commissioner`),
]);

/** Lower-case name particles inside names ("Bashar al-Assad", "Ludwig van Beethoven", "bin Laden"). */
export const PARTICLES = words(`al el bin ibn bint abu abd da de del della der den di dos das du la le van von
  ter ten zu`);

/** Prefixes joined by a hyphen that belong to the name ("al-Qusayr", "el-Sisi"). */
export const HYPHEN_PARTICLES = words(`al el ad ash as at az ar an abu abd ibn bin`);

/** Lower-case prefixes before a hyphen that are not part of a name ("anti-Assad", "pro-Russian"). */
export const HYPHEN_PREFIXES = words(`anti pro non ex post pre mid trans pan neo semi quasi inter intra ultra
  super sub counter over under all`);

/** Hyphen suffixes that turn a name into a modifier ("Hezbollah-controlled", "U.S.-based"). */
export const HYPHEN_SUFFIXES = words(`led run born based backed held made owned linked style era type like wide
  controlled dominated allied funded affiliated inspired supported sponsored bound centric friendly
  speaking majority minority aligned leaning occupied ruled winner winners winning related critic critics
  friendly`);

/** Capitalised words that are never names on their own (days, months, pronouns, sentence adverbs, ...). */
export const NEVER_NAMES = withCalendar(words(`
  i me my we our you your he him his she her it its they them their this that these those there here
  the a an and or but if then so yet nor for of in on at to by with from as into onto upon about after
  before during since until while when where why how what which who whom whose all any each every some
  no not none both either neither many much more most few other another such
  today tomorrow yesterday tonight now meanwhile however also still even just only
  god mr mrs ms dr ok okay yes oh please thanks thank hello hi
  am pm a.m p.m bc ad ce bce
`));

/** Religious, ethnic and political group words: not entities of this tool (demonym-like). */
export const GROUP_WORDS = words(`sunni sunnis shia shiite shiites shi'ite shi'ites shi’ite shi’ites alawite alawites
  muslim muslims islam islamic islamist islamists christian christians catholic catholics protestant protestants
  orthodox jew jews jewish hindu hindus buddhist buddhists sikh sikhs druze kurd kurds kurdish arab arabs
  arabic western eastern northern southern democrat democrats republican republicans communist communists
  socialist socialists conservative conservatives liberal liberals labour tory tories jihadist jihadists
  salafist salafists wahhabi baathist baathists zionist zionists secular evangelical evangelicals
  european europeans african africans asian asians latino latinos hispanic hispanics caucasian`);

/** World-known news agencies, named bare in datelines and credit lines. */
export const NEWS_AGENCIES = words(`reuters afp dpa ap upi xinhua tass interfax kyodo yonhap anadolu efe ansa bernama
  itar-tass ria`);

/** Lower-case words after a name that show it names an organisation ("Anatolia news agency"). */
export const ORG_FOLLOWERS = words(`agency television tv newspaper channel network radio broadcaster daily weekly
  magazine group militia movement party organization organisation company firm website spokesman spokeswoman
  spokesperson members member leadership fighters militants lawmakers chairman ceo board executives employees
  shares shareholders`);

/** Nouns whose "of" or apposition introduces a place's name (shared vocabulary, src/corpus/lexicon.ts). */
export const PLACE_NOUNS: ReadonlySet<string> = PLACE_NAME_NOUNS;

/** Prepositions before a place ("in Geneva", "from Amman"). */
export const PLACE_PREPS = words(`in at near from to into across outside inside around through throughout toward
  towards via between within`);

/** Lower-case words after a name that show a person ("Kerry said", "Safi told"). */
export const PERSON_VERBS = words(`said says told added asked explained argued noted wrote insisted stressed
  warned claimed recalled admitted denied acknowledged replied responded tweeted announced urged vowed
  believes thinks thought felt feels smiled laughed died born resigned married his her himself herself`);

/** Lower-case nouns for people: before a name ("actor Dennis Hopper") or in apposition ("Safi, a spokesman"). */
export const PERSON_NOUNS: ReadonlySet<string> = SHARED_PERSON_NOUNS;

/** Words that make a sequence "other" (events, works, products, languages) rather than an organisation. */
export const OTHER_HEADS = words(`war wars revolution cup championship championships olympics games prize award
  awards act treaty accord accords agreement protocol declaration constitution convention day festival
  expo fair show series season tournament summit conference program programme project operation
  language bible quran koran gospel browser edition version`);

/** A post-holder's bureau after the post's possessive: "Sheriff's Office", "Mayor's Department". */
export const BUREAU_WORDS = words(`office department bureau`);

/** A head word of an organisation's, place's or event's name ("police", "county", "festival"). */
export const isHeadWord = (w: string): boolean => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || OTHER_HEADS.has(w);

/** Lower-case nouns next to a name that show it names a work, product or event ("YouTube video", "the film X"). */
export const OTHER_NOUNS = words(`browser software app application website site program programme game games video
  videos camera cameras console film movie book novel album song show series ship vessel yacht festival award
  prize pilgrimage users version edition platform operating hashtag newsgroup magazine-cover product products
  phone smartphone device devices model models car cars aircraft plane brand drug vaccine`);

/** Languages and other frequent "other" names not in any gazetteer. */
export const LANGUAGES = words(`english french german spanish arabic russian chinese mandarin cantonese japanese
  korean hindi urdu persian farsi turkish hebrew italian portuguese dutch greek latin swahili bengali punjabi
  polish ukrainian swedish norwegian danish finnish`);

/** Function words that may sit inside a title-case headline without breaking it. */
export const HEADLINE_SMALL = words(`a an the and or but nor for of in on at to by with from as into onto upon
  over under vs vs. via per is are was be up off out than`);

/** US states and their AP-style abbreviations (lower case, dots removed): "Sandusky, Ohio", "Mukilteo, Wash.". */
export const US_STATES = words(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
  wisconsin wyoming
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore
  pa tenn vt va wash wis wyo ny nj nc sc nm nd sd ri dc nh
`);
for (const two of ['new york', 'new jersey', 'new mexico', 'new hampshire', 'north carolina', 'south carolina', 'north dakota', 'south dakota', 'rhode island', 'west virginia']) US_STATES.add(two);

/**
 * Nouns that describe only a person, heading an apposition after a name ("Valeska Paris, an Australian woman"):
 * PERSON_NOUNS without the roles a company, a party or a country is also described by ("a leader in", "a member
 * of", "a source", "an owner of"), and with more words of kin ("widow", "niece", "grandson").
 */
export const APPOSITION_PERSON_NOUNS = words(`man woman boy girl teen teenager student pupil son daughter father mother
  husband wife widow widower brother sister grandmother grandfather mom dad resident citizen journalist reporter
  writer author poet artist painter photographer actor actress singer musician scientist researcher doctor nurse
  lawyer attorney judge politician lawmaker businessman businesswoman entrepreneur banker soldier cleric priest monk
  pilgrim victim survivor witness suspect defendant inmate prisoner refugee migrant farmer blogger campaigner
  diplomat professor teacher activist veteran retiree grandson granddaughter nephew niece cousin`);

