/**
 * Lexical shapes of site furniture, in the languages of our corpora (en, de, es, fr, pl, pt, it). General
 * vocabulary only: no outlet, URL or document is named. Every pattern is a plain alternation anchored on
 * word boundaries (linear time), and callers test them only on lines short enough to be furniture.
 */

/** Copyright lines. */
export const COPYRIGHT = /©|\(c\)\s?(?:19|20)\d\d|\bcopyright\b|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone/i;

/** Cookie and consent notices (may be long sentences, hence phrase-level). */
export const COOKIE = /\bcookies?\b|\bconsent\b|einwilligung|datenschutzeinstellungen|privacy settings|privacy policy|datenschutzerklärung|política de privacidad|politique de confidentialité|polityka prywatności|política de privacidade/i;

/** The verbs of a consent notice ("we use cookies"), tested together with COOKIE on long lines. */
export const COOKIE_USE = /\b(?:use|uses|using|utiliza|utilizamos|usamos|usa|verwendet|verwenden|nutzt|nutzen|setzt|utilise|utilisons|utilizza|utilizziamo|używa|używamy|wykorzystuje)\b/i;

/** Share buttons and social networks. */
export const SHARE = /\b(?:share|shares|sharing|teilen|compartir|partager|partagez|condividi|compartilhe|compartilhar|udostępnij|tweet|facebook|twitter|whatsapp|pinterest|linkedin|telegram|reddit|xing|flipboard|messenger|instagram|youtube|tiktok|e-?mail|print|drucken|imprimir|imprimer|stampa|drukuj)\b/i;

/** Subscriptions, accounts and paywalls. */
export const SUBSCRIPTION = /\b(?:subscribe|subscriber|subscription|newsletter|sign up|sign in|log in|login|logout|register|password|account|abonnieren|abonnement|abo|anmelden|abmelden|registrieren|passwort|suscríbete|suscribirse|suscripción|iniciar sesión|contraseña|abonnez|abonner|abonnement|connexion|inscrivez|mot de passe|assine|assinar|assinatura|entrar|senha|abbonati|accedi|zaloguj|zarejestruj|subskrypcj|prenumerat|hasło)\b/i;

/** Headings of "related" and "most read" lists. */
export const RELATED = /^(?:continue reading|keep reading|read full story|read the full (?:story|article)|show more|load more|mehr anzeigen|mehr laden|weitere laden|ver más|cargar más|voir plus|afficher plus|ver mais|carregar mais|pokaż więcej|related|related articles|related stories|more to read|don't miss|le puede interesar|te puede interesar|vea también|ver también|mira también|te recomendamos|notas relacionadas|artículos relacionados|otras noticias|contexto de la noticia|infórmate más|informate más|die meistgelesenen|weitere beiträge|artikel zum thema|mehr dazu|passend zum thema|das könnte dich auch interessieren|dowiedz się więcej|à voir aussi|à découvrir|nos recommandations|veja mais|saiba mais|relacionadas|read more|read also|more from|more on|more stories|see also|see more|recommended|most (?:read|popular|viewed|shared)|trending|you may also like|you might also like|top stories|latest news|latest|more news|mehr zum thema|mehr zu|mehr aus|lesen sie auch|lesen sie mehr|weiterlesen|weitere artikel|weitere meldungen|auch interessant|das könnte sie auch interessieren|meistgelesen|am meisten gelesen|te puede interesar|lee también|leer más|más noticias|noticias relacionadas|lo más leído|lire aussi|à lire aussi|lire la suite|sur le même sujet|voir aussi|les plus lus|leia também|leia mais|veja também|mais lidas|leggi anche|più letti|zobacz też|zobacz także|czytaj też|czytaj także|czytaj więcej|polecamy|najczęściej czytane)\b/i;

/** A "see also" lead-in followed by a linked headline: "LE PUEDE INTERESAR: ...", "Read more: ...". */
export const RELATED_LEAD = /^(?:read more|read also|related|see also|more|watch|mira|vea también|ver también|le puede interesar|te puede interesar|lee también|lea también|lesen sie auch|lesen sie dazu|mehr dazu|mehr zum thema|auch interessant|lire aussi|à lire aussi|voir aussi|leia também|veja também|leia mais|leggi anche|czytaj też|czytaj także|zobacz też|zobacz także)\s*[:>»|]/i;

/** Photo captions' credit lines: "Foto: ...", "(Photo: Getty)", agency picture credits. */
export const CREDIT = /^(?:foto|fotos|photo|photos|bild|bilder|image|images|imagen|imagem|zdjęcie|fot\.|credit|credits|crédit|crédits|crédits photos|quelle|źródło|fuente|fonte|source|photo credit)\s*:|\((?:foto|photo|bild|image|imagen|credit|quelle|fuente|fonte)\s*:|\b(?:getty images|shutterstock|istock|istockphoto|picture alliance|picture-alliance|imago images|ap photo|afp photo|reuters files)\b/i;

/** Appeals for money, letters and consent that end many articles. */
export const APPEAL = /\b(?:recaptcha|support (?:us|our journalism|independent journalism)|donate|unterstützen sie|jetzt spenden|spenden sie|apoya (?:nuestro|el periodismo)|soutenez|wesprzyj|letter to the editor|leserbrief)\b/i;

/** Player controls and time readouts such as `0:00 0:02:47 0:00`. */
export const MEDIA_TIME = /^(?:\d{1,2}:)?\d{1,2}:\d\d(?:\s+[/|]?\s*(?:\d{1,2}:)?\d{1,2}:\d\d)*$/;
export const MEDIA_WORDS = /^(?:play|pause|replay|mute|unmute|volume|full ?screen|video|audio|watch|listen|live|now playing|loading|please wait|no media source|abspielen|wiedergabe|reproducir|lecture|écouter|odtwórz|assistir)\b/i;

/** Advertising labels. */
export const ADVERT = /^(?:advertisement|advertising|sponsored|ad|ads|anzeige|werbung|publicidad|publicité|pubblicità|reklama|publicidade|patrocinado)$/i;

/** Comment counters and prompts. */
export const COMMENTS = /^(?:\d+\s+)?(?:comments?|kommentare?|comentarios?|commentaires?|commenti|komentarze?|comentários?)\b|\b(?:leave a comment|post a comment|comment here|kommentieren|comentar|commenter)\b/i;

/** Bylines in the languages we expect: "By Jane Doe", "Von ...", "Por ...", "Par ...", "Przez ...". */
export const BYLINE = /^(?:by|von|por|par|przez|di|door|af)\s+\p{Lu}/u;

/** Dates: month names or numeric dates, as in datelines and "Published ..." lines. */
export const DATE = /\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d|jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|march|märz|april|may|mai|june|juni|july|juli|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)\b/i;
