import { WEEKDAYS } from '../corpus/lexicon.js';
/**
 * Lexical shapes of site furniture, in the languages of our corpora (en, de, es, fr, pl, pt, it). General
 * vocabulary only: no outlet, URL or document is named. Every pattern is a plain alternation anchored on
 * word boundaries (linear time), and callers test them only on lines short enough to be furniture.
 */

/** Copyright lines. */
export const COPYRIGHT = /©|\(c\)\s?(?:19|20)\d\d|\bcopyright\b|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone/i;

/** Cookie and consent notices (may be long sentences, hence phrase-level). */
export const COOKIE = /\bcookies?\b|\bconsent\b|einwilligung|datenschutzeinstellungen|privacy settings|cookie-einstellungen|paramètres des cookies|preferencias de cookies/i;
/** Every COOKIE match contains one of these (in any case): a line whose lower case has none needs no regex. */
const COOKIE_WORDS = ['cookie', 'consent', 'einwilligung', 'datenschutzeinstellungen', 'privacy settings'];

/** Whether a lower-cased text may match COOKIE (a cheap test before the regex, which most lines fail). */
export function mayMatchCookie(lower: string): boolean {
  for (let i = 0; i < COOKIE_WORDS.length; i++) if (lower.includes(COOKIE_WORDS[i]!)) return true;
  return false;
}

/** Links to the legal pages in a footer. */
export const LEGAL = /\b(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms and conditions|imprint|impressum|datenschutz(?:erklärung)?|agb|nutzungsbedingungen|aviso legal|política de privacidad|términos y condiciones|mentions légales|politique de confidentialité|conditions générales|polityka prywatności|regulamin|política de privacidade|termos de uso|informativa sulla privacy|accessibility|barrierefreiheit|sitemap)\b/i;

/** The verbs of a consent notice ("we use cookies"), tested together with COOKIE on long lines. */
export const COOKIE_USE = /\b(?:use|uses|using|utiliza|utilizamos|usamos|usa|verwendet|verwenden|nutzt|nutzen|setzt|utilise|utilisons|utilizza|utilizziamo|używa|używamy|wykorzystuje)\b/i;

/** Share buttons and social networks. */
export const SHARE = /\b(?:share|shares|sharing|teilen|compartir|partager|partagez|condividi|compartilhe|compartilhar|udostępnij|tweet|facebook|twitter|whatsapp|pinterest|linkedin|telegram|reddit|xing|flipboard|messenger|instagram|youtube|tiktok|e-?mail|print|drucken|imprimir|imprimer|stampa|drukuj)\b/i;

/** Calls to subscribe or sign in: these verbs hardly occur in a news report, so a short line with one is furniture. */
export const SUBSCRIPTION = /\b(?:subscribe|sign up|sign in|log in|logout|newsletter|abonnieren|abmelden|suscríbete|suscribirse|iniciar sesión|abonnez|inscrivez|assine|abbonati|zaloguj|zarejestruj)\b/i;
/**
 * The nouns and verbs of a site account. Reports use them too ("tweeted from its account", "had to register
 * the party", "stolen passwords"): a line with one is furniture only when it is not a report, i.e. a label or
 * button, or a line that speaks to the reader (READER_CALL, FORMAL_ADDRESS; see classify.ts).
 */
export const ACCOUNT_WORDS = /\b(?:subscriber|subscription|login|register|password|account|abonnement|abo|anmelden|registrieren|passwort|suscripción|contraseña|abonner|connexion|mot de passe|assinar|assinatura|entrar|senha|accedi|subskrypcj|prenumerat|hasło)\b/i;
/**
 * Words of a line that speaks to the reader or asks for an action: "your account", "Forgot your password?",
 * "Veuillez saisir", "Click here", "Jetzt anmelden!". Not "us": in reports it is mostly "US", the country.
 */
export const READER_CALL = /(?<![\p{L}\p{N}])(?:you|your|yours|our|my|please|click|tap|du|dich|dir|dein|deine|deinen|deinem|deiner|bitte|klicken|klicke|mein|meine|meinen|tu|tú|te|tus|usted|mi|mis|por favor|haga clic|vous|votre|vos|veuillez|cliquez|mon|mes|você|clique|proszę|twoje|twój|twoja|kliknij|tuo|tua|tuoi|per favore|clicca)(?![\p{L}\p{N}])|!\s*$/iu;
/** The formal German "you" ("Registrieren Sie sich"), capitalised: lower-case "sie", "ihr" are "she", "they", "her". */
export const FORMAL_ADDRESS = /\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b/u;

/** Headings of "related" and "most read" lists. */
export const RELATED = /^(?:related|related articles|related stories|more to read|don't miss|le puede interesar|te puede interesar|vea también|ver también|mira también|te recomendamos|notas relacionadas|artículos relacionados|otras noticias|contexto de la noticia|infórmate más|informate más|die meistgelesenen|weitere beiträge|artikel zum thema|mehr dazu|passend zum thema|das könnte dich auch interessieren|dowiedz się więcej|à voir aussi|à découvrir|nos recommandations|veja mais|saiba mais|relacionadas|read more|read also|more from|more on|more stories|see also|see more|recommended|most (?:read|popular|viewed|shared)|trending|you may also like|you might also like|popular now|popular stories|read next|up next|what to read next|editor's picks|editors' picks|in other news|around the web|top stories|latest news|latest|more news|mehr zum thema|mehr zu|mehr aus|lesen sie auch|lesen sie mehr|weiterlesen|weitere artikel|weitere meldungen|auch interessant|das könnte sie auch interessieren|meistgelesen|am meisten gelesen|te puede interesar|lee también|leer más|más noticias|noticias relacionadas|lo más leído|lo más visto|las más leídas|más leídas|lire aussi|à lire aussi|lire la suite|sur le même sujet|voir aussi|les plus lus|leia também|leia mais|veja também|mais lidas|leggi anche|più letti|zobacz też|zobacz także|czytaj też|czytaj także|czytaj więcej|polecamy|najczęściej czytane)\b/i;

/** Buttons that expand or continue the text ("Continue reading"): they may stand inside the article. */
export const READ_MORE = /^(?:learn more|find out more|mehr erfahren|saber más|en savoir plus|saiba mais|dowiedz się więcej|scopri di più|continue reading|keep reading|read more|read full story|read the full (?:story|article)|show more|load more|mehr anzeigen|mehr laden|weitere laden|weiterlesen|ver más|leer más|cargar más|seguir leyendo|voir plus|afficher plus|lire la suite|ver mais|leia mais|carregar mais|continua a leggere|pokaż więcej|czytaj dalej)\b/i;

/** A "see also" lead-in followed by a linked headline: "LE PUEDE INTERESAR: ...", "Read more: ...". */
export const RELATED_LEAD = /^\[?(?:read more|read also|related|see also|see more|also on|also|more|watch|mira|vea también|ver también|le puede interesar|te puede interesar|lee también|lea también|lesen sie auch|lesen sie dazu|mehr dazu|mehr zum thema|auch interessant|lire aussi|à lire aussi|voir aussi|leia também|veja também|leia mais|leggi anche|czytaj też|czytaj także|zobacz też|zobacz także)\s*[:>»|\]]/i;

/** A picture credit's label: "Foto: ...", "(Photo: ...)", "Credit: ..." (with the mark before it, if any). */
const CREDIT_LABEL = String.raw`(?:^|[\s(|/])(?:foto|fotos|photo|photos|bild|bilder|image|images|imagen|imagem|zdjęcie|fot\.|credit|credits|crédit|crédits|crédits photos|quelle|źródło|fuente|fonte|photo credit|bildquelle)\s*:`;
/** Stock-picture agencies, named in a credit. */
const STOCK_CREDIT = String.raw`\b(?:getty images|shutterstock|istock|istockphoto|picture alliance|picture-alliance|imago images)\b`;
/** Photo captions' credit lines: "Foto: ...", "(Photo: ...)", "(AGENCY/Jane Doe)", "XY Photo", stock-picture credits. */
export const CREDIT = new RegExp(`${CREDIT_LABEL}|${STOCK_CREDIT}`, 'i');
/** Agency picture credits, case-sensitive: "(AGENCY/Jane Doe)", "AGENCY Photo". */
export const AGENCY_CREDIT = /\(\p{Lu}[\p{Lu}.]{1,11}\s*\/\s*[^)/]{2,60}\)|\b\p{Lu}{2,5} (?:Photo|PHOTO|Foto|FOTO|files)\b/u;
/** The credits of a caption, found one by one (see captions.ts): labels, stock agencies, agencies' credits. */
export const CREDIT_LABELS = new RegExp(CREDIT_LABEL, 'gi');
export const STOCK_CREDITS = new RegExp(STOCK_CREDIT, 'gi');
export const AGENCY_CREDITS = new RegExp(AGENCY_CREDIT.source, 'gu');
/**
 * Words of a credit's furniture, never a word of the photographer's name: "Photo: Jane Doe, Staff",
 * "Getty Images Contributor", "Handout Photo", and the words of the outlets credited beside the photographer,
 * whose first word may read as a given name ("Orlando Sentinel", "Charlotte Observer") (lower case).
 */
export const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'photo', 'photos', 'photograph', 'photographs', 'photographer', 'photography', 'image', 'images', 'picture', 'pictures', 'video', 'videos',
  'illustration', 'graphic', 'graphics', 'staff', 'file', 'files', 'handout', 'courtesy', 'contributor', 'contributors', 'pool', 'credit',
  'credits', 'stock', 'archive', 'archives', 'wire', 'agency', 'foto', 'bild', 'archiv', 'archivo',
  'press', 'news', 'blog', 'times', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'sentinel', 'observer', 'courier', 'inquirer',
  'enquirer', 'examiner', 'dispatch', 'telegraph', 'register', 'ledger', 'bulletin', 'courant', 'monitor', 'guardian', 'mirror', 'express',
  'independent', 'tech',
]);
/**
 * More credit labels, read only to blank a caption's credit (strip's decisions do not use them):
 * "Photograph:", "Photo by", "Illustration:", "Credit...", "Crédit photo :", "Video:", "fot. ", "Courtesy of",
 * "Submitted photo", "CC-BY", also glued to the caption ("a rabbitCredit: ..."). Case-sensitive: a glued
 * label starts with a capital.
 */
export const CAPTION_CREDIT_LABELS = /(?:(?<=^|[\s(|/.…])[Pp]|(?<=\p{Ll})P)(?:hotos?|hotographs?|hotography|ictures?)(?:\s*(?::|\.\.\.|…)|\s+(?:by|von|de|par|por|di|courtesy)\b)|(?<=^|[\s(|/])(?:[Ii]llustrations?|[Gg]raphics?|[Gg]rafik)(?:\s*:|\s+by\b)|(?:(?<=^|[\s(|/.…])[IiCcFfBb]|(?<=\p{Ll})[ICFB])(?:mages?|mage credits?|redits?|oto|otos|otografía|ild|ildquelle)(?:\s*(?::|\.\.\.|…)|\s+(?:by|von|de|par|por|di)\b)|(?<=^|[\s(|/])(?:[Cc]r[ée]dits?(?:\s+photos?)?\s*:|[Vv]ideos?\s*:|[Ff]ot\.\s|[Cc]ourtesy\b|[Ss]ubmitted photo\b|[Ff]ile photo\b|[Hh]andout\b|CC[- ]BY\b|CC0\b|Creative Commons\b)/gu;

/** Appeals for money, letters and consent, disclosures and site notices that end many articles. */
export const APPEAL = /\b(?:recaptcha|akismet|javascript|browser version|update your browser|outdated browser|support (?:us|our journalism|independent journalism)|donate|donation|spende|spenden|unterstützen sie|apoya (?:nuestro|el periodismo)|soutenez|wesprzyj|letter to the editor|leserbrief|advertising disclosure|affiliate|we may (?:earn|receive) (?:a )?(?:commission|compensation)|provisionslink|partnerlink|without (?:the )?(?:prior )?(?:express )?written permission|all trademarks)\b/i;

/** Player controls and time readouts such as `0:00 0:02:47 0:00`. */
export const MEDIA_TIME = /^(?:\d{1,2}:)?\d{1,2}:\d\d(?:\s+[/|]?\s*(?:\d{1,2}:)?\d{1,2}:\d\d)*$/;
/** "Click to enlarge": a picture's own control, in a caption or on a line of its own. */
const ENLARGE = 'click to enlarge|tap to enlarge|zum vergrößern|bild vergrößern|ampliar|agrandir|ingrandisci|powiększ';
export const MEDIA_WORDS = new RegExp(String.raw`^(?:${ENLARGE}|play|pause|replay|mute|unmute|volume|full ?screen|video|audio|watch|listen|live|now playing|loading|please wait|no media source|abspielen|wiedergabe|reproducir|lecture|écouter|odtwórz|assistir)\b`, 'i');
/** A caption's sentence that tells the reader to enlarge the picture. */
export const ENLARGE_SENTENCE = new RegExp(String.raw`(?:^|(?<=[.!?]\s))(?:${ENLARGE})\b[^.!?]*[.!?]?`, 'gi');

/** Advertising labels. */
export const ADVERT = /^(?:advertisement|advertising|sponsored|ad|ads|anzeige|werbung|publicidad|publicité|pubblicità|reklama|publicidade|patrocinado)$/i;

/** Comment counters and prompts. */
export const COMMENTS = /^[[(]?\s*(?:\d+\s+)?(?:comments?|kommentare?|comentarios?|commentaires?|commenti|komentarze?|comentários?)\b|\b(?:leave a (?:comment|reply)|post a comment|comment here|top (?:rated )?comments|show comments|view comments|join the (?:conversation|discussion)|kommentieren|kommentare anzeigen|comentar|deja tu comentario|commenter|skomentuj)\b/i;

/** Credit lines that close an article: "Additional reporting by ...", "This story originally appeared in ...". */
export const ARTICLE_CREDIT = /^(?:additional reporting|reporting by|editing by|writing by|compiled by|with reporting|this (?:post|article|story|piece) (?:originally|first|was originally)|mit material von|unter mitarbeit von|con información de|con reporte de)\b/i;

/** An author's bio closing an article: "Jane Doe is a reporter covering ...", "Max Muster ist Redakteur ...". */
export const AUTHOR_BIO_START = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:is|was|ist|war|es|fue|est|était|jest|é|leitet|schreibt|writes|covers|reports|joined|arbeitet|berichtet|beschäftigt)\b/u;
export const AUTHOR_ROLE = /\b(?:writer|reporter|editor|correspondent|journalist|columnist|contributor|author|professor|redakteur(?:in)?|autor(?:in)?|journalistin|korrespondent(?:in)?|periodista|redactor(?:a)?|corresponsal|journaliste|rédacteur|rédactrice|dziennikar(?:z|ka)|redaktor(?:ka)?|jornalista|repórter|giornalista)\b/i;

/** Bylines in the languages we expect: "By Jane Doe", "Von ...", "Por ...", "Par ...", "Przez ...". */
export const BYLINE = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]or|POR|[Pp]ar|PAR|[Pp]rzez|[Dd]i|[Dd]oor|[Aa]f)\s+\p{Lu}/u;

/** Month names in the languages we expect, full and abbreviated. */
const MONTHS = 'jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|march|märz|april|may|mai|june|juni|july|juli|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro';
/** Dates: month names or numeric dates, as in datelines and "Published ..." lines. */
export const DATE = new RegExp(`\\b(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d|${MONTHS})\\b`, 'i');
/** A day with its month: "12 September", "Sept. 12", "12. März", "4 de mayo", or a numeric date. */
const DAY_AND_MONTH = new RegExp(`\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\b|\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?!\\d)`, 'i');

/** Weekday names of the other languages we expect (English ones are the shared WEEKDAYS). */
const OTHER_WEEKDAYS = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)$/i;
/** A weekday name, as a dateline prints it before the date ("Saturday, 12 September 2015"). */
const isWeekday = (t: string): boolean => WEEKDAYS.has(t.toLowerCase()) || OTHER_WEEKDAYS.test(t);
const DAY_OR_YEAR = /^(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)$/i;
const YEAR_TOKEN = /^(?:19|20)\d\d$/;
/** Longest dateline, in characters. */
const DATE_LINE_CHARS = 48;

/** Most words of a date stamp ("Published Nov 18, 2019 at 4:07 PM", "Nissan November 20, 2019 13:42"). */
const STAMP_WORDS = 10;
const YEAR_IN_TEXT = /(?:19|20)\d\d/;

/**
 * A short line that carries a full date (a day with its month, and a year): a dateline or time stamp.
 * A headline may name a month and a year ("Show in Rostock in May 2022"), rarely a day.
 */
export function isDateStamp(text: string, wordCount: number): boolean {
  return wordCount <= STAMP_WORDS && YEAR_IN_TEXT.test(text) && DAY_AND_MONTH.test(text);
}

/**
 * A line that is a date and nothing else: "Saturday, September 12, 2015", "12. März 2020", "2015-09-12".
 * It names a year, and a month (or is all numbers); a clock time or any other word makes it something else.
 */
export function isDateLine(text: string): boolean {
  if (text.length > DATE_LINE_CHARS) return false;
  const tokens = text.split(/[\s,./-]+/).filter((t) => t.length > 0);
  if (tokens.length < 2 || tokens.length > 6) return false;
  let year = false;
  let month = false;
  for (const t of tokens) {
    if (DAY_OR_YEAR.test(t)) year ||= YEAR_TOKEN.test(t);
    else if (t.length >= 3 && DATE.test(t)) month = true;
    else if (!isWeekday(t) && t !== 'de') return false;
  }
  return year && (month || tokens.length >= 3);
}

/**
 * A reader comment's head: a name, a verb of writing and a colon or a time ("K. Lund wrote:", "Ana says
 * 12 March 2024 at 10:14"). A name alone followed by "said" and a full stop is reported speech, not this.
 */
export const COMMENT_AUTHOR = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.'’_-]*\s+(?:wrote|says|writes|commented|replied|schrieb|schreibt|kommentierte|escribió|escribe|dice|comentó|a écrit|écrit|napisał|napisała|scrive|ha scritto|escreveu|disse)(?:\s*:|\s+(?:on\s+|am\s+|le\s+|el\s+)?[^.!?]*\d[^.!?]*)$/u;
/** The controls under each comment: "Reply", "Report", "Reply | Report". */
export const COMMENT_CONTROLS = /^(?:reply|report|report abuse|flag|like|dislike|antworten|melden|responder|denunciar|répondre|signaler|odpowiedz|zgłoś|rispondi|segnala|responder)(?:\s*[|·•/]?\s*(?:reply|report|flag|like|dislike|antworten|melden|responder|denunciar|répondre|signaler|odpowiedz|zgłoś|rispondi|segnala|\d+))*$/i;
/** Notices on comment sections: moderation, the readers' views, house rules. */
export const COMMENT_NOTICE_TOPIC = /\b(?:comments?|commenters?|kommentare?|leserkommentare?|comentarios?|commentaires?|komentarze?|commenti|comentários?)\b/i;
export const COMMENT_NOTICE_RULE = /\b(?:moderat\w*|responsibility|responsabilidad|responsabilité|verantwortung|approv\w*|review(?:ed)? before|views? expressed|opinions? expressed|do not (?:necessarily )?reflect|guidelines|offensive|respectful|house rules|netiquette|freigeschaltet|geprüft|moderiert\w*|aprobad\w*|modérés?|approuvés?|moderowane|moderati)\b/i;

/**
 * An outlet's promotional line, whatever the outlet: it addresses the reader ("it's", "you", "our") and
 * points to a named product ("Before it's here, it's on the Example Terminal.", "Get it first on Example
 * News."). Tested only on a short last line of the article.
 */
export const PROMO_LINE = /^(?:[Bb]efore|[Ff]irst|[Oo]nly|[Gg]et|[Dd]ownload|[Ff]ollow|[Rr]ead|[Ww]atch|[Ll]isten|[Ff]ind|[Ss]ee|[Tt]ry)\b[^.!?]*\b(?:on|at|in|with|from) (?:the |our )?\p{Lu}[\p{L}\p{N}]*(?:\s\p{Lu}[\p{L}\p{N}]*)*[.!]?$/u;
export const PROMO_ADDRESS = /\b(?:it's|it’s|it is|you|your|our|us)\b/i;

/** A number with what it counts: "2.4 metres", "300 homes", "12%", "$5"; the number ends with a digit ("in 2018, when" counts nothing). */
const AMOUNT = /[$€£]\s?\d|(\d(?:[\d.,]*\d)?)\s?(%|\p{L}+)/gu;
const YEAR = /^(?:19|20)\d\d$/;

/** Whether a text states a figure: an amount that is not a year or a day of a month ("Dec. 12, 2006" is not one). */
export function statesFigure(text: string): boolean {
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    if (m[1] === undefined) return true;
    if (YEAR.test(m[1]) || DATE.test(m[2]!)) continue;
    return true;
  }
  return false;
}
