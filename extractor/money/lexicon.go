package money

import "strings"

// curKind says how a currency word is resolved to an ISO 4217 code.
type curKind uint8

const (
	ckFixed      curKind = iota // code is the answer
	ckDollar                    // "$", "dollars": USD unless the document marks another dollar
	ckKrone                     // "kronor", "Kronen", "kr": SEK/NOK/DKK/ISK/CZK by language and context
	ckFranc                     // "francs", "Franken": CHF, or FRF in older French texts
	ckPeso                      // "pesos": MXN/ARS/CLP/COP/... by context
	ckYen                       // "¥": JPY, or CNY in a text about China
	ckLira                      // "lira": TRY; Italian "lire" is ITL
	ckCent                      // "cents": a hundredth of the dollar (en) or the euro
	ckPound                     // "pounds", "Pfund": GBP, but also a weight: needs a scale word or a British document
	ckMark                      // "marks", "Mark": DEM, in German text or with a scale word or a German document
	ckDollarSign                // "$": a dollar, but the peso in Spanish-language Latin American news
	ckDirham                    // "dirhams": AED, or MAD in French or in a text about Morocco
	ckRupee                     // "रु", "ரூபாய்": INR, or NPR in Nepali, LKR in Sri Lanka's Tamil
	ckTaka                      // "টাকা": BDT, or INR in a text about India (West Bengal) and not Bangladesh
)

// cur is one way of writing a currency.
type cur struct {
	code  string  // ISO 4217 for ckFixed (and the hint for the others)
	kind  curKind //
	sub   bool    // a hundredth of the unit (cents, pence, groszy...)
	exp   int8    // a built-in scale: "mkr" is 10^6 kronor
	scale bool    // only after a scale word ("millions de livres": "5 livres" may be books)
	langs string  // space-separated languages it is read in; "" for all
	dot   bool    // an abbreviation that owns a following period ("Fr.", "руб.")
	after bool    // only after the number ("5 р.", never "р.1978", Russian for "born 1978")
}

func fixed(code string) cur { return cur{code: code} }

// symbols are the currency signs (Unicode category Sc) we read.
var symbols = map[rune]cur{
	'$': {code: "USD", kind: ckDollarSign},
	'€': fixed("EUR"),
	'£': fixed("GBP"),
	'¥': {code: "JPY", kind: ckYen},
	'₽': fixed("RUB"),
	'₺': fixed("TRY"),
	'₹': fixed("INR"),
	'₩': fixed("KRW"),
	'₪': fixed("ILS"),
	'₴': fixed("UAH"),
	'₦': fixed("NGN"),
	'₱': fixed("PHP"),
	'฿': fixed("THB"),
	'₫': fixed("VND"),
	'₸': fixed("KZT"),
	'₣': fixed("FRF"),
	'₡': fixed("CRC"),
	'₭': fixed("LAK"),
	'₮': fixed("MNT"),
	'₲': fixed("PYG"),
	'₵': fixed("GHS"),
	'৳': fixed("BDT"),
	'៛': fixed("KHR"),
	'₼': fixed("AZN"),
	'₾': fixed("GEL"),
	'؋': fixed("AFN"),
	'﷼': fixed("SAR"),
	'¢': {code: "USD", kind: ckCent, sub: true},
	'￥': {code: "JPY", kind: ckYen},
	'＄': {code: "USD", kind: ckDollarSign},
	'￡': fixed("GBP"),
	'₿': {}, // bitcoin is not ISO 4217: never money here
}

// dollarPrefixes are the letters glued in front of "$".
var dollarPrefixes = map[string]string{
	"US": "USD", "U.S.": "USD", "C": "CAD", "CA": "CAD", "CAN": "CAD", "Can": "CAD",
	"A": "AUD", "AU": "AUD", "HK": "HKD", "NZ": "NZD", "S": "SGD", "SG": "SGD",
	"NT": "TWD", "R": "BRL", "MX": "MXN", "Mex": "MXN", "RD": "DOP",
}

// isoCodes are the ISO 4217 codes read when written in capitals next to a
// number. The list is curated: every code is valid (see TestLexiconCodes),
// and codes that are also common words or names in capitals ("ALL", "TOP",
// "PHP", "CUP") are left out.
var isoCodes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CHF": true, "CAD": true, "AUD": true,
	"NZD": true, "HKD": true, "SGD": true, "CNY": true, "SEK": true, "NOK": true, "DKK": true,
	"ISK": true, "PLN": true, "CZK": true, "HUF": true, "RON": true, "BGN": true, "RUB": true,
	"UAH": true, "TRY": true, "BRL": true, "MXN": true, "ARS": true, "CLP": true, "COP": true,
	"PEN": true, "INR": true, "ZAR": true, "KRW": true, "TWD": true, "THB": true, "IDR": true,
	"MYR": true, "AED": true, "SAR": true, "ILS": true, "EGP": true, "NGN": true, "KES": true,
	"KZT": true, "VND": true, "QAR": true, "KWD": true, "XOF": true, "XAF": true, "MAD": true,
	"RSD": true, "GEL": true, "BYN": true, "UYU": true, "LKR": true, "PKR": true, "NPR": true, "BDT": true,
}

// strictPrefixes are abbreviations that are also other things before a
// number ("Dh6", a chess move; "NIS 2", an EU directive): before a number
// below 10 or a year without a scale they are no currency.
var strictPrefixes = map[string]bool{"Dh": true, "NIS": true, "NPR": true} // NPR: also National Public Radio

// codeAliases are non-ISO abbreviations written like codes.
var codeAliases = map[string]cur{
	"TL":  fixed("TRY"),
	"RMB": fixed("CNY"),
	"SFr": {code: "CHF", dot: true},
	"sFr": {code: "CHF", dot: true},
	"SFR": fixed("CHF"),
	"Fr":  {code: "CHF", kind: ckFranc, dot: true},
	"fr":  {code: "CHF", kind: ckFranc, dot: true, langs: "de fr it"},
	"Rs":  {code: "INR", kind: ckRupee, dot: true},
	"Tk":  {code: "BDT", dot: true},
	"රු":  {code: "LKR", dot: true}, // Sinhala
	// the rupee's abbreviations in Devanagari, Kannada and Tamil, before the
	// number as "Rs" is ("रु 300", "ರೂ 300", "ரூ.300")
	"रु":   {code: "INR", kind: ckRupee, dot: true},
	"रू":   {code: "INR", kind: ckRupee, dot: true},
	"ರೂ":   {code: "INR", kind: ckRupee, dot: true},
	"ரூ":   {code: "INR", kind: ckRupee, dot: true},
	"DM":   fixed("DEM"),
	"kr":   {code: "SEK", kind: ckKrone, dot: true},
	"Kr":   {code: "SEK", kind: ckKrone, dot: true},
	"zł":   {code: "PLN", after: true},
	"Zł":   {code: "PLN", after: true},
	"руб":  {code: "RUB", dot: true, after: true},
	"р":    {code: "RUB", dot: true, langs: "ru", after: true},
	"грн":  {code: "UAH", dot: true, after: true},
	"долл": {code: "USD", kind: ckDollar, dot: true, after: true},
	"dol":  {code: "USD", kind: ckDollar, dot: true, after: true, langs: "pl"},
	"дол":  {code: "USD", kind: ckDollar, dot: true, after: true, langs: "uk ru"}, // Ukrainian "1,5 млрд дол. США"
	"Rp":   fixed("IDR"),
	"Ft":   {code: "HUF", langs: "hu", after: true},
	"Kč":   {code: "CZK", after: true},
	"Dhs":  fixed("AED"),
	"Dh":   {code: "AED", langs: "en"}, // Gulf papers: "Dh2.4bn"
	"NIS":  {code: "ILS", langs: "en"}, // Israeli papers: "NIS 1.2 billion"
	"RM":   {code: "MYR", langs: "en"}, // Malaysian papers in English: "RM1.2 billion" (German "RM" is the Reichsmark; Malay scales are not read)
	"лв":   {code: "BGN", dot: true, after: true},
	"MSEK": {code: "SEK", exp: 6}, "MNOK": {code: "NOK", exp: 6}, "MDKK": {code: "DKK", exp: 6},
	"MEUR": {code: "EUR", exp: 6}, "MUSD": {code: "USD", exp: 6}, "TEUR": {code: "EUR", exp: 3},
	"TSEK": {code: "SEK", exp: 3}, "KSEK": {code: "SEK", exp: 3}, "MDSEK": {code: "SEK", exp: 9},
}

// names maps lower-case currency names (one to three words, as written) to
// currencies. Stems for inflected languages are in stems.
var names = map[string]cur{}

func addNames(c cur, words ...string) {
	for _, w := range words {
		names[w] = c
	}
}

func init() {
	dollar := cur{code: "USD", kind: ckDollar}
	addNames(cur{code: "USD", kind: ckDollar, langs: "en und"}, "buck", "bucks")
	addNames(cur{code: "GBP", langs: "en und"}, "quid")
	addNames(dollar, "dollar", "dollars", "dólar", "dólares", "dolar", "dolares", "dollaro", "dollari")
	addNames(fixed("USD"), "us-dollar", "us-dollars", "us dollar", "us dollars", "u.s. dollars",
		"american dollars", "us-dollar", "dollars américains", "dollars us", "dollars amÉricains",
		"dólares estadounidenses", "dólares americanos", "dólares norte-americanos", "dollari americani",
		"dollari usa", "amerikaanse dollar", "amerikanska dollar", "amerikanischen dollar", "abd doları", "abd dolari",
		"dólares norteamericanos", "dollars des états-unis", "dólares dos eua")
	addNames(fixed("CAD"), "canadian dollar", "canadian dollars", "kanadische dollar", "kanadischen dollar",
		"dollars canadiens", "dollar canadien", "dólares canadienses", "dollari canadesi", "dólares canadenses",
		"canadese dollar", "kanadensiska dollar", "kanada doları")
	addNames(fixed("AUD"), "australian dollar", "australian dollars", "australische dollar", "australischen dollar",
		"dollars australiens", "dólares australianos", "dollari australiani", "australiska dollar", "avustralya doları")
	addNames(fixed("NZD"), "new zealand dollars", "new zealand dollar", "neuseeland-dollar", "dollars néo-zélandais")
	addNames(fixed("HKD"), "hong kong dollars", "hong kong dollar", "hongkong-dollar", "dollars de hong kong")
	addNames(fixed("SGD"), "singapore dollars", "singapore dollar", "singapur-dollar")
	addNames(fixed("TWD"), "taiwan dollars", "new taiwan dollars")

	addNames(fixed("EUR"), "euro", "euros", "evro", "avro", "евро", "eur", "eurosów", "eurów")
	addNames(cur{code: "EUR", kind: ckCent, sub: true}, "cent", "cents", "centimes", "centime",
		"céntimo", "céntimos", "centesimi", "centesimo", "cêntimos", "cêntimo", "eurocentów", "centów")
	addNames(cur{code: "BRL", sub: true, langs: "pt"}, "centavos", "centavo")
	// euro cents by name, in any language ("71 euro cents" was 71 euros)
	addNames(cur{code: "EUR", sub: true}, "euro cents", "euro cent", "eurocents", "eurocent")

	gbp := fixed("GBP")
	addNames(cur{code: "GBP", kind: ckPound}, "pound", "pounds", "pfund", "pund", "funt", "funty", "funtów")
	addNames(gbp, "pond sterling", "pfund sterling", "pund sterling", "sterling", "pounds sterling", "livres sterling", "livre sterling",
		"libras esterlinas", "libra esterlina", "sterline", "sterlina", "lire sterline", "britische pfund",
		"britischen pfund", "britse pond", "brittiska pund", "sterlin", "ingiliz sterlini", "funtów szterlingów",
		"фунтов стерлингов", "фунта стерлингов", "british pounds")
	// "livres" are also books, "libras" and "pond" weights: money after a
	// scale word or in a document about Britain.
	addNames(cur{code: "GBP", kind: ckPound, scale: true}, "livres", "livre", "libras", "libra", "pond", "ponden")
	addNames(cur{code: "GBP", sub: true, langs: "en und"}, "pence", "penny", "p")
	addNames(fixed("EGP"), "egyptian pounds", "livres égyptiennes", "ägyptische pfund")

	addNames(fixed("JPY"), "yen", "yens", "yenes", "jen", "jenów", "iene", "ienes", "japanese yen", "japanischen yen")
	addNames(fixed("CNY"), "yuan", "yuans", "yuanes", "renminbi", "juan", "juanów", "iuanes", "chinese yuan")
	// the rupee by name in the languages of Europe: India's, or the one of
	// the country the text is about (Sri Lanka, Nepal, Pakistan)
	addNames(cur{code: "INR", kind: ckRupee}, "rupee", "rupees", "rupien", "roupies", "rupias", "rupie", "rupier", "rupi",
		"рупий", "рупии", "рупия", "rupii")
	addNames(fixed("LKR"), "sri lankan rupees", "sri lankan rupee", "sri lanka rupees")
	addNames(fixed("PKR"), "pakistani rupees", "pakistani rupee", "pakistan rupees")
	addNames(fixed("NPR"), "nepalese rupees", "nepali rupees", "nepalese rupee", "nepal rupees")
	addNames(fixed("INR"), "crore rupees", "indian rupees", "indian rupee", "रुपये", "रुपए", "रुपया", "रुपयों",
		// Gujarati, Gurmukhi, Telugu, Kannada, Malayalam: India's; not
		// Tamil's or Bengali's words, which Sri Lanka's and Bangladesh's
		// currencies share
		"રૂપિયા", "ਰੁਪਏ", "ਰੁਪਈਏ", "రూపాయలు", "రూపాయల", "రూపాయి", "ರೂಪಾಯಿ", "ರೂಪಾಯಿಗಳ", "ರೂಪಾಯಿಗಳು", "ರೂ", "രൂപ", "രൂപയുടെ", "രൂപയും", "રૂપિયાની", "રૂપિયાનો",
		"રૂપિયાના", "रुपयांचा", "रुपयांची", "रुपयांचे", "रुपयांच्या")
	addNames(fixed("NPR"), "रुपैयाँ", "नेपाली रुपैयाँ")
	// Bengali's টাকা: Bangladesh's taka, and West Bengal's word for the rupee;
	// in English "taka" and "Tk" are Bangladesh's
	addNames(cur{code: "BDT", kind: ckTaka}, "টাকা", "টাকার", "টাকায়", "টাকাও")
	addNames(cur{code: "BDT", langs: "en und"}, "taka", "bangladeshi taka")
	// Tamil's rupee is India's and Sri Lanka's
	addNames(cur{code: "INR", kind: ckRupee}, "ரூபாய்", "ரூபாய்கள்", "ரூபாயை", "ரூபாயில்", "ரூபாய்க்கு")
	addNames(fixed("ZAR"), "rand")
	addNames(fixed("BRL"), "reais", "reales brasileños", "brazilian reais", "real brasileiro", "reais brasileiros")
	addNames(cur{code: "BRL", langs: "pt"}, "real")
	addNames(cur{code: "BRL", langs: "es"}, "reales")
	addNames(fixed("RUB"), "rouble", "roubles", "ruble", "rubles", "rubel", "roubles russes", "rublos", "rubli", "roebel", "rublo")
	addNames(fixed("UAH"), "hryvnia", "hryvnias", "hryvnias", "griwna", "hrywien", "hrywny")
	addNames(fixed("KZT"), "tenge", "тенге")
	addNames(fixed("EUR"), "євро")
	addNames(fixed("USD"), "доларів сша", "долара сша", "долари сша", "долар сша", "доларах сша", "amerických dolarů",
		"americký dolar", "amerikanske dollar")
	addNames(fixed("GBP"), "фунтів стерлінгів", "фунта стерлінгів", "фунти стерлінгів", "britských liber", "liber šterlinků")
	addNames(fixed("DKK"), "danske kroner", "danske kr.")
	addNames(fixed("NOK"), "norske kroner", "norske kr.")
	addNames(fixed("SEK"), "svenske kroner", "svenske kronor")
	addNames(cur{code: "SEK", kind: ckKrone, sub: true}, "øre")
	addNames(fixed("USD"), "долларов сша", "доллара сша", "доллар сша", "долларах сша", "долларами сша")
	addNames(cur{code: "SEK", sub: true}, "öre")
	addNames(fixed("NGN"), "naira")
	addNames(fixed("ILS"), "shekel", "shekels", "schekel")
	addNames(fixed("HUF"), "forint", "forints")
	addNames(fixed("PLN"), "zloty", "zlotys", "złoty", "złotych", "złote", "złotego", "zloty polonais", "polnische zloty")
	addNames(cur{code: "PLN", sub: true}, "groszy", "grosze", "grosz")
	addNames(fixed("PEN"), "soles", "sol peruano", "soles peruanos")
	addNames(cur{code: "PEN", langs: "es"}, "sol")
	addNames(fixed("SAR"), "riyals", "saudi riyals")
	addNames(cur{code: "AED", kind: ckDirham}, "dirhams", "dirham")
	addNames(fixed("MAD"), "dirhams marocains", "dirham marocain", "moroccan dirhams", "moroccan dirham")
	addNames(fixed("AED"), "dirhams émiratis", "uae dirhams", "emirati dirhams")
	addNames(fixed("THB"), "baht")
	addNames(fixed("MYR"), "ringgit")
	addNames(fixed("KRW"), "korean won", "south korean won", "wons", "südkoreanische won", "wons sud-coréens")
	addNames(fixed("KRW"), "won", "wones", "wonów", "wony", "вон", "вона")
	addNames(fixed("VND"), "dong", "dongs")

	// Arabic and Hebrew.
	addNames(cur{code: "USD", kind: ckDollar}, "دولار", "دولارا", "دولارات", "دولاراً", "دولر", "דולר", "דולרים")
	addNames(fixed("USD"), "دولار أمريكي", "دولار امريكي", "דולר אמריקאי")
	addNames(fixed("EUR"), "يورو", "יורו")
	addNames(fixed("SAR"), "ريال", "ريالات", "ريال سعودي")
	addNames(fixed("AED"), "درهم", "دراهم", "درهم إماراتي")
	addNames(fixed("EGP"), "جنيه", "جنيهات", "جنيه مصري")
	addNames(fixed("GBP"), "جنيه إسترليني", "جنيه استرليني")
	addNames(fixed("ILS"), "שקל", "שקלים", "شيكل", "شيكلات")
	addNames(fixed("KWD"), "دينار كويتي")
	addNames(fixed("JPY"), "ين", "ين ياباني", "ין")
	// Hindi (an audit: "3 अरब डॉलर" was not read)
	addNames(cur{code: "USD", kind: ckDollar}, "डॉलर", "डालर", "डॉलरों")
	addNames(fixed("USD"), "अमेरिकी डॉलर", "अमरीकी डॉलर")
	addNames(fixed("EUR"), "यूरो")
	addNames(cur{code: "GBP", kind: ckPound}, "पाउंड")
	addNames(fixed("JPY"), "येन")
	addNames(fixed("CZK"), "koruna", "korun", "czech crowns", "czech koruna", "tschechische kronen", "couronnes tchèques",
		"coronas checas", "corone ceche", "tsjechische kronen", "koron czeskich", "tjeckiska kronor", "чешских крон")
	addNames(fixed("TRY"), "türk lirası", "turkish lira", "turkish liras", "türkische lira", "livres turques",
		"lire turche", "liras turcas", "turkse lira", "lir tureckich", "турецких лир")
	addNames(cur{code: "TRY", kind: ckLira}, "lira", "liras", "lire")
	addNames(cur{code: "RON", langs: "en de fr es pt nl pl ru sv tr ro"}, "lei")
	addNames(cur{code: "SEK", kind: ckKrone}, "crowns")

	// Currencies replaced by the euro, for archives and history.
	addNames(cur{code: "DEM", kind: ckMark}, "marks", "mark")
	addNames(fixed("DEM"), "d-mark", "d-marks", "deutsche mark", "deutschmark", "deutschmarks", "german marks",
		"deutsche marks", "deutschen mark", "marks allemands", "marcos alemanes")
	addNames(fixed("NLG"), "guilders", "guilder", "gulden")
	addNames(fixed("ESP"), "pesetas", "peseta")
	addNames(fixed("ATS"), "schillings", "schilling")
	addNames(fixed("PTE"), "escudos")
	addNames(fixed("GRD"), "drachmas", "drachmae", "drachmen")
	addNames(fixed("IEP"), "punts", "irish pounds")
	addNames(fixed("FIM"), "markka", "markkaa", "finnmark")
	addNames(fixed("FRF"), "french francs", "francs français", "französische francs", "französischen francs", "franchi francesi")
	addNames(fixed("BEF"), "belgian francs", "belgische franken")
	addNames(fixed("ITL"), "italian lire", "lire italiane", "italienische lire")

	addNames(cur{code: "CHF", kind: ckFranc}, "franc", "francs", "franken", "franchi", "franco", "francos", "frank", "franks",
		"franc suisse", "franków", "franki")
	addNames(fixed("CHF"), "swiss francs", "swiss franc", "schweizer franken", "francs suisses", "franc suisse",
		"francos suizos", "franchi svizzeri", "francos suíços", "zwitserse frank", "zwitserse franken",
		"franków szwajcarskich", "franki szwajcarskie", "schweiziska franc", "isviçre frangı", "швейцарских франков",
		"швейцарских франка", "sfr", "rappen")
	names["rappen"] = cur{code: "CHF", sub: true}
	addNames(fixed("XOF"), "francs cfa", "franc cfa", "cfa francs", "cfa franc", "fcfa", "francos cfa")
	addNames(fixed("BEF"), "francs belges", "belgische frank")

	krone := cur{code: "SEK", kind: ckKrone}
	addNames(krone, "krona", "kronor", "krone", "kroner", "kronen", "kronur", "couronnes", "couronne", "coronas", "corone",
		"corona", "coroas", "korun", "kron", "koron")
	delete(names, "korun")
	names["korun"] = fixed("CZK")
	addNames(fixed("SEK"), "swedish kronor", "swedish krona", "schwedische kronen", "schwedischen kronen", "couronnes suédoises",
		"coronas suecas", "corone svedesi", "zweedse kronen", "koron szwedzkich", "svenska kronor", "шведских крон", "isveç kronu")
	addNames(fixed("NOK"), "norwegian kroner", "norwegian krone", "norwegische kronen", "norwegischen kronen",
		"couronnes norvégiennes", "coronas noruegas", "corone norvegesi", "noorse kronen", "koron norweskich",
		"norska kronor", "норвежских крон", "norveç kronu")
	addNames(fixed("DKK"), "danish kroner", "danish krone", "dänische kronen", "dänischen kronen", "couronnes danoises",
		"coronas danesas", "corone danesi", "deense kronen", "koron duńskich", "danska kronor", "датских крон")
	addNames(fixed("ISK"), "icelandic krona", "icelandic kronur", "isländische kronen", "isländska kronor")

	peso := cur{code: "MXN", kind: ckPeso}
	addNames(peso, "peso", "pesos")
	addNames(fixed("MXN"), "mexican pesos", "pesos mexicanos", "mexikanische pesos", "pesos mexicains")
	addNames(fixed("ARS"), "argentine pesos", "pesos argentinos", "argentinische pesos", "pesos argentins")
	addNames(fixed("CLP"), "chilean pesos", "pesos chilenos", "chilenische pesos", "pesos chiliens")
	addNames(fixed("COP"), "colombian pesos", "pesos colombianos", "kolumbianische pesos", "pesos colombiens")
	addNames(fixed("UYU"), "pesos uruguayos")
	addNames(fixed("PHP"), "philippine pesos", "pesos filipinos")

	// Combined scale and currency: Mexican "mdd" (millones de dólares) and
	// "mdp" (millones de pesos), Swedish company reports.
	addNames(cur{code: "USD", exp: 6, langs: "es"}, "mdd")
	addNames(cur{code: "MXN", exp: 6, langs: "es"}, "mdp")
	addNames(cur{code: "SEK", kind: ckKrone, exp: 6}, "mkr", "mnkr", "miljoner kronor")
	addNames(cur{code: "SEK", kind: ckKrone, exp: 9}, "mdkr", "mdr kr", "miljarder kronor")
	addNames(cur{code: "SEK", kind: ckKrone, exp: 3}, "tkr", "tusen kronor")
	delete(names, "miljoner kronor")
	delete(names, "miljarder kronor")
	delete(names, "tusen kronor")
	delete(names, "mdr kr")
	delete(names, "dollars amÉricains")
}

// stem is a currency written with case endings (Russian, Polish, Turkish):
// a word is read as the currency when it starts with prefix and what follows
// is one of the language's endings.
type stem struct {
	prefix string
	c      cur
	ends   []string
}

var (
	ruEnds = []string{"", "ь", "я", "ей", "ю", "ям", "ями", "ях", "а", "ов", "у", "ом", "ах", "ами", "ы", "и", "ий", "е"}
	ukEnds = []string{"", "а", "и", "і", "ів", "ам", "ами", "ах", "у", "ом", "ю", "ь", "ей", "ень", "ею", "ям", "ями", "ях", "ові"}
	csEnds = []string{"", "u", "y", "ů", "ech", "ům", "em", "ami", "ech", "e", "i"}
	plEnds = []string{"", "a", "y", "ów", "ach", "ami", "om", "em", "ie", "i", "e", "ych", "ego", "ej"}
	trEnds = []string{"", "a", "e", "ı", "i", "u", "ü", "ya", "ye", "yı", "yi", "da", "de", "ta", "te", "dan", "den",
		"tan", "ten", "lık", "lik", "luk", "lük", "ın", "in", "nın", "nin", "la", "le", "yla", "yle", "lar", "ler",
		"ları", "leri", "sı", "si", "su", "sü", "lıkta", "lıktan", "lığı", "liği", "lık", "dır", "dir", "dur", "dür",
		// the past of "to be": "5 milyon liraydı", "dolardı"
		"ydı", "ydi", "ydu", "ydü", "dı", "di", "du", "dü", "tı", "ti", "tu", "tü"}
)

var stems = map[string][]stem{
	"ru": {
		{"доллар", cur{code: "USD", kind: ckDollar}, ruEnds},
		{"рубл", fixed("RUB"), ruEnds},
		{"копе", cur{code: "RUB", sub: true}, []string{"йка", "йки", "ек", "йку", "йками", "йках", "ек"}},
		{"фунт", cur{code: "GBP", kind: ckPound}, ruEnds},
		{"иен", fixed("JPY"), ruEnds},
		{"юан", fixed("CNY"), ruEnds},
		{"франк", cur{code: "CHF", kind: ckFranc}, ruEnds},
		{"крон", cur{code: "SEK", kind: ckKrone}, ruEnds},
		{"гривн", fixed("UAH"), ruEnds},
		{"гривен", fixed("UAH"), ruEnds},
		{"лир", cur{code: "TRY"}, ruEnds},
		{"злот", fixed("PLN"), ruEnds},
		{"рупи", fixed("INR"), ruEnds},
		{"шекел", fixed("ILS"), ruEnds},
		{"сом", fixed("KGS"), []string{"", "а", "ов"}},
		{"лар", fixed("GEL"), []string{"", "и"}},
	},
	"uk": {
		{"долар", cur{code: "USD", kind: ckDollar}, ukEnds},
		{"гривн", fixed("UAH"), ukEnds},
		{"гривень", fixed("UAH"), []string{""}},
		{"копій", cur{code: "UAH", sub: true}, []string{"ка", "ки", "ок", "ку", "ками", "ках"}},
		{"рубл", fixed("RUB"), ukEnds},
		{"фунт", cur{code: "GBP", kind: ckPound}, ukEnds},
		{"єн", fixed("JPY"), ukEnds},
		{"юан", fixed("CNY"), ukEnds},
		{"франк", cur{code: "CHF", kind: ckFranc}, ukEnds},
		{"крон", cur{code: "SEK", kind: ckKrone}, ukEnds},
		{"злот", fixed("PLN"), ukEnds},
		{"лір", cur{code: "TRY"}, ukEnds},
	},
	"cs": {
		{"dolar", cur{code: "USD", kind: ckDollar}, csEnds},
		{"korun", fixed("CZK"), []string{"a", "y", "u", "ou", "ách", "ami", "ám", "ě", ""}},
		{"haléř", cur{code: "CZK", sub: true}, []string{"", "e", "ů", "ích"}},
		{"libr", cur{code: "GBP", kind: ckPound}, []string{"a", "y", "u", "ou", "ách", "ami"}},
		{"liber", cur{code: "GBP", kind: ckPound}, []string{""}},
		{"jen", fixed("JPY"), csEnds},
		{"jüan", fixed("CNY"), csEnds},
		{"frank", cur{code: "CHF", kind: ckFranc}, csEnds},
		{"zlot", fixed("PLN"), []string{"ý", "ých", "é"}},
		{"rubl", fixed("RUB"), csEnds},
		{"rubel", fixed("RUB"), []string{""}},
		{"hřiv", fixed("UAH"), []string{"na", "ny", "en", "nu", "nách"}},
	},
	"pl": {
		{"dolar", cur{code: "USD", kind: ckDollar}, plEnds},
		{"złot", fixed("PLN"), []string{"y", "ych", "e", "ego", "ym", "ymi"}},
		{"zlot", fixed("PLN"), []string{"y", "ych", "e", "ego"}},
		{"grosz", cur{code: "PLN", sub: true}, []string{"", "y", "e", "a"}},
		{"funt", cur{code: "GBP", kind: ckPound}, plEnds},
		{"jen", fixed("JPY"), plEnds},
		{"juan", fixed("CNY"), plEnds},
		{"frank", cur{code: "CHF", kind: ckFranc}, []string{"", "i", "ów", "a", "ach", "ami"}},
		{"koron", cur{code: "SEK", kind: ckKrone}, []string{"", "a", "y", "ie", "ę"}},
		{"korun", cur{code: "SEK", kind: ckKrone}, []string{"a", "y", "ie", "ę"}},
		{"rubl", fixed("RUB"), []string{"", "e", "i", "a"}},
		{"rubel", fixed("RUB"), []string{""}},
		{"hrywn", fixed("UAH"), []string{"a", "y", "ie", "ę"}},
		{"hrywien", fixed("UAH"), []string{""}},
		{"lir", fixed("TRY"), []string{"a", "y", "ach"}},
		{"forint", fixed("HUF"), plEnds},
		{"eurocent", cur{code: "EUR", sub: true}, plEnds},
	},
	"tr": {
		{"dolar", cur{code: "USD", kind: ckDollar}, trEnds},
		{"lira", fixed("TRY"), trEnds},
		{"avro", fixed("EUR"), trEnds},
		{"euro", fixed("EUR"), append([]string{"luk", "yu", "ya", "dan", "nun"}, trEnds...)},
		{"sterlin", fixed("GBP"), trEnds},
		{"kuruş", cur{code: "TRY", sub: true}, trEnds},
		{"ruble", fixed("RUB"), trEnds},
		{"frang", cur{code: "CHF", kind: ckFranc}, trEnds},
		{"yuan", fixed("CNY"), trEnds},
	},
}

// stemCurrency reads an inflected currency word of lang.
func stemCurrency(lw, lang string) (cur, bool) {
	for _, st := range stems[lang] {
		if !strings.HasPrefix(lw, st.prefix) {
			continue
		}
		rest := lw[len(st.prefix):]
		for _, e := range st.ends {
			if rest == e {
				return st.c, true
			}
		}
	}
	return cur{}, false
}

// scaleWord is a power of ten written as a word or an abbreviation.
type scaleWord struct {
	exp   int8
	dot   bool   // owns a following period ("Mio.", "тыс.")
	short bool   // "m", "k", "b": only glued to the number or to a currency sign
	langs string // "" for all
}

var scales = map[string]scaleWord{}

func addScale(exp int8, langs string, words ...string) { putScales(scales, exp, langs, words) }

// putScales adds words to m as scale words of exp read in langs; a word
// written with a final period owns a following period, also when another
// entry of the same word is written without one.
func putScales(m map[string]scaleWord, exp int8, langs string, words []string) {
	for _, w := range words {
		sw := scaleWord{exp: exp, langs: langs}
		if strings.HasSuffix(w, ".") {
			w = strings.TrimSuffix(w, ".")
			sw.dot = true
		}
		sw.dot = sw.dot || m[w].dot
		m[w] = sw
	}
}

func init() {
	addScale(3, "", "thousand", "thousands", "tausend", "tsd.", "mille", "mila", "duizend", "tys.", "tysiąc", "tysiące",
		"tysięcy", "тыс.", "тысяча", "тысячи", "тысяч", "тысячу", "tusen", "tsd")
	addScale(3, "es pt und", "mil")
	addScale(3, "tr und", "bin")
	addScale(5, "en", "lakh", "lakhs")
	addScale(7, "en", "crore", "crores", "cr", "cr.")
	addScale(3, "", "ألف", "آلاف", "אלף", "אלפים")
	// Hindi, in Devanagari (in NFC, ड़ is ड and the nukta): read wherever
	// it is found, as no other language writes these words; before, "₹500
	// करोड़" was read as 500 rupees, ten million times too few
	addScale(3, "", "हज़ार", "हजार")
	addScale(5, "", "लाख")
	addScale(7, "", "करोड़", "करोड")
	addScale(9, "", "अरब")
	// and the other Indic languages' (an audit: Marathi "₹500 कोटी" was
	// 500 INR): Marathi, Nepali, Bengali, Gurmukhi, Gujarati, Tamil,
	// Telugu, Kannada, Malayalam
	addScale(3, "", "হাজার", "ਹਜ਼ਾਰ", "ਹਜਾਰ", "હજાર", "ஆயிரம்", "వేల", "వేలు", "ಸಾವಿರ", "ആയിരം")
	addScale(5, "", "লাখ", "লক্ষ", "ਲੱਖ", "ਲਖ", "લાખ", "லட்சம்", "லட்சத்து", "లక్ష", "లక్షల", "ಲಕ್ಷ", "ലക്ഷം")
	addScale(7, "", "कोटी", "কোটি", "ਕਰੋੜ", "ਕਰੋੜਾਂ", "કરોડ", "கோடி", "కోటి", "కోట్ల", "ಕೋಟಿ", "കോടി")
	addScale(9, "", "अब्ज", "अर्ब", "ਅਰਬ", "અબજ")
	// and their forms with a case ending glued on, as the press writes them
	// after an amount (an audit: "₹५०० कोटींचा" was 500 INR). Listed word
	// by word: reading any word that begins like a scale word read "₹500
	// लाखों परिवारों" (500 rupees to lakhs of families) as 5 crore
	addScale(5, "", "लाखांचा", "लाखांची", "लाखांचे", "लाखांच्या", "লাখের", "લાખની", "લાખનો", "લાખના", "લાખનું",
		"லட்சத்தில்", "లక్షలు", "ಲಕ್ಷದ", "ലക്ഷത്തിന്റെ")
	addScale(7, "", "कोटींचा", "कोटींची", "कोटींचे", "कोटींच्या", "कोटीचा", "कोटीची", "कोटीचे", "कोटीच्या", "কোটির",
		"কোটিতে", "કરોડની", "કરોડનો", "કરોડના", "કરોડનું", "கோடியில்", "கோடிக்கு", "கோடியை", "கோடியிலான",
		"కోట్లు", "కోట్లతో", "ಕೋಟಿಗಳ", "ಕೋಟಿಯ", "ಕೋಟಿಗೆ", "കോടിയുടെ", "കോടിയുടെയും", "കോടിക്ക്", "കോടിയിലേറെ")
	addScale(6, "", "مليون", "ملايين", "מיליון", "מיליונים")
	addScale(9, "", "مليار", "مليارات", "מיליארד", "מיליארדים")
	addScale(6, "", "million", "millions", "mn", "mln", "mio.", "millionen", "millón", "millones", "milione", "milioni",
		"milhão", "milhões", "milhao", "milhoes", "miljoen", "miljoenen", "milion", "miliony", "milionów", "miliona",
		"млн", "миллион", "миллиона", "миллионов", "miljon", "miljoner", "milyon", "mio", "mill.", "mn.")
	addScale(6, "pt", "mi")
	addScale(6, "es", "mm")
	addScale(6, "no da", "millioner")
	addScale(9, "no da", "milliarder", "mia.")
	addScale(3, "da", "tusind")
	addScale(9, "", "billion", "billions", "bn", "bln.", "mrd.", "milliarde", "milliarden", "milliard", "milliards",
		"millardo", "millardos", "miliardo", "miliardi", "mld.", "bilhão", "bilhões", "bilhao", "bilhoes",
		"miljard", "miljarden", "miliard", "miliardy", "miliardów", "miliarda", "млрд", "миллиард", "миллиарда",
		"миллиардов", "miljarder", "milyar", "mrd", "mds", "md", "mdr", "mdr.", "bio", "bln")
	delete(scales, "bio") // German "Bio." is 10^12, below
	addScale(9, "pt", "bi")
	addScale(12, "", "trillion", "trillions", "tn", "trn", "billionen", "billón", "billones", "bilione", "bilioni",
		"trilhão", "trilhões", "bilião", "biliões", "biljoen", "biljoenen", "bilion", "biliony", "bilionów",
		"трлн", "триллион", "триллиона", "триллионов", "biljon", "biljoner", "trilyon", "bio.", "tril.")
	addLangScale(3, "uk", "тис.", "тисяча", "тисячі", "тисяч", "тисячу")
	addLangScale(6, "uk", "мільйон", "мільйона", "мільйони", "мільйонів", "мільйонами")
	addLangScale(9, "uk", "мільярд", "мільярда", "мільярди", "мільярдів", "мільярдами")
	addLangScale(12, "uk", "трильйон", "трильйона", "трильйони", "трильйонів")
	addLangScale(3, "cs", "tis.", "tisíc", "tisíce", "tisícu")
	addLangScale(6, "cs", "mil.", "milionů", "milionu", "miliony", "milion", "milionech")
	addLangScale(9, "cs", "mld.", "miliarda", "miliardy", "miliard", "miliardu", "miliardách")
	addLangScale(12, "cs", "bil.", "bilion", "biliony", "bilionů")
	// "bln" is Reuters' billion, also in English text detected as another
	// language (an audit: "US$1.2 bln" in a headline read as Catalan was
	// 10^12); in Polish and Dutch it is 10^12
	addLangScale(12, "pl", "bln")
	addLangScale(12, "nl", "bln")
	// Indonesian and Malay: "Rp2 miliar", "Rp 300 juta", "5 bilion ringgit" (Malay's bilion is 10^9)
	for _, l := range []string{"id", "ms"} {
		addLangScale(3, l, "ribu", "rb")
		addLangScale(6, l, "juta", "jt")
		addLangScale(9, l, "miliar", "milyar", "bilion")
		addLangScale(12, l, "triliun", "trilion")
	}
	addLangScale(6, "da", "million", "mio.", "mill.")
	addLangScale(9, "da", "milliard", "mia.", "mia", "mrd.")
	addLangScale(6, "no", "million", "mill.", "mln.", "mio.")
	addLangScale(9, "no", "milliard", "mrd.", "mia.")
	for _, w := range []string{"k", "m", "b", "g"} { // "g": Québec "5 G$", milliards
		scales[w] = scaleWord{exp: map[string]int8{"k": 3, "m": 6, "b": 9, "g": 9}[w], short: true}
	}
}

// langScales are scale words read in one language only, before scales:
// Czech "mil." is a million where Spanish "mil" is a thousand.
var langScales = map[string]map[string]scaleWord{}

func addLangScale(exp int8, lang string, words ...string) {
	if langScales[lang] == nil {
		langScales[lang] = map[string]scaleWord{}
	}
	putScales(langScales[lang], exp, lang, words)
}

// scaleExp returns the power of ten of scale word lw in lang.
func scaleExp(lw, lang string) (scaleWord, bool) {
	if sw, ok := langScales[lang][lw]; ok {
		return sw, true
	}
	sw, ok := scales[lw]
	if !ok {
		return sw, false
	}
	if sw.langs != "" && !hasLang(sw.langs, lang) {
		return sw, false
	}
	// The long scale: German and French "Billion(en)", "billion(s)" are 10^12.
	if (lw == "billion" || lw == "billions") && (lang == "fr" || lang == "de") {
		sw.exp = 12
	}
	return sw, true
}

func hasLang(list, lang string) bool {
	for list != "" {
		var w string
		w, list, _ = strings.Cut(list, " ")
		if w == lang {
			return true
		}
	}
	return false
}

// numWord is a spelled-out number word.
type numWord struct {
	val     int64
	mul     bool // "hundred": multiplies what came before
	article bool // "a", "ein", "un": 1, but only in front of a scale word
	half    bool // plus one half: "anderthalb" is 1 and a half, "medio" 0 and a half
}

var numWords = map[string]map[string]numWord{}

func addNums(lang string, article []string, hundred []string, words ...string) {
	m := map[string]numWord{}
	for _, w := range article {
		m[w] = numWord{val: 1, article: true}
	}
	for _, w := range hundred {
		m[w] = numWord{val: 100, mul: true}
	}
	vals := []int64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 40, 50, 60, 70, 80, 90}
	for i, w := range words {
		if w != "" && i < len(vals) {
			for _, alt := range strings.Split(w, "/") {
				m[alt] = numWord{val: vals[i]}
			}
		}
	}
	for w, v := range halves[lang] {
		m[w] = numWord{val: v, half: true}
	}
	numWords[lang] = m
}

func init() {
	addNums("en", []string{"a", "an"}, []string{"hundred"},
		"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
	addNums("de", []string{"ein", "eine", "einer", "einen"}, []string{"hundert"},
		"eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "fünfzehn",
		"zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
	addNums("fr", []string{"un", "une"}, []string{"cent", "cents"},
		"", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze",
		"vingt", "trente", "quarante", "cinquante", "soixante", "", "quatre-vingts", "")
	addNums("es", []string{"un", "una"}, []string{"cien", "ciento"},
		"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "quince",
		"veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
	addNums("it", []string{"un", "una", "uno"}, []string{"cento"},
		"", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "quindici",
		"venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")
	addNums("pt", []string{"um", "uma"}, []string{"cem", "cento"},
		"", "dois/duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "quinze",
		"vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa")
	addNums("nl", []string{"een", "één"}, []string{"honderd"},
		"", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "vijftien",
		"twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
	addNums("pl", nil, []string{"sto"},
		"jeden/jedna/jednego", "dwa/dwie/dwóch", "trzy/trzech", "cztery/czterech", "pięć/pięciu", "sześć", "siedem", "osiem", "dziewięć", "dziesięć",
		"jedenaście", "dwanaście", "piętnaście", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt")
	addNums("ru", nil, []string{"сто"},
		"один/одна/одного", "два/две/двух", "три/трёх", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
		"одиннадцать", "двенадцать", "пятнадцать", "двадцать", "тридцать", "сорок", "пятьдесят")
	addNums("sv", []string{"en", "ett"}, []string{"hundra"},
		"", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "femton",
		"tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio")
	addNums("uk", nil, []string{"сто"},
		"один/одна/одного", "два/дві/двох", "три/трьох", "чотири", "п'ять/п’ять/пʼять", "шість", "сім", "вісім",
		"дев'ять/дев’ять/девʼять", "десять", "одинадцять", "дванадцять", "п'ятнадцять/п’ятнадцять/пʼятнадцять",
		"двадцять", "тридцять", "сорок", "п'ятдесят/п’ятдесят/пʼятдесят")
	addNums("cs", nil, []string{"sto"},
		"jeden/jedna/jednoho", "dva/dvě/dvou", "tři/tří", "čtyři", "pět", "šest", "sedm", "osm", "devět", "deset",
		"jedenáct", "dvanáct", "patnáct", "dvacet", "třicet", "čtyřicet", "padesát")
	addNums("da", []string{"en", "et"}, []string{"hundrede"},
		"", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "femten",
		"tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems")
	addNums("no", []string{"en", "ett", "én"}, []string{"hundre"},
		"", "to", "tre", "fire", "fem", "seks", "sju/syv", "åtte", "ni", "ti", "elleve", "tolv", "femten",
		"tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti")
	addNums("tr", nil, []string{"yüz"},
		"bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on", "on bir", "on iki", "on beş",
		"yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan")
}

// halves are the number words with a half, per language: val 0 is a half
// alone ("medio millón", "pół miliona"), which needs a scale word.
var halves = map[string]map[string]int64{
	"en": {"half": 0},
	"de": {"halb": 0, "halbe": 0, "anderthalb": 1, "eineinhalb": 1, "zweieinhalb": 2, "dreieinhalb": 3, "viereinhalb": 4,
		"fünfeinhalb": 5, "sechseinhalb": 6, "siebeneinhalb": 7, "achteinhalb": 8, "neuneinhalb": 9, "zehneinhalb": 10},
	"fr": {"demi": 0},
	"es": {"medio": 0},
	"it": {"mezzo": 0},
	"pt": {"meio": 0},
	"nl": {"half": 0, "anderhalf": 1},
	"pl": {"pół": 0, "półtora": 1, "półtorej": 1},
	"ru": {"полтора": 1, "полторы": 1},
	"sv": {"halv": 0, "halvannan": 1},
	"tr": {"yarım": 0, "buçuk": 0},
	"uk": {"півтора": 1, "півтори": 1},
	"cs": {"půl": 0},
	"da": {"halv": 0, "halvanden": 1, "halvandet": 1},
	"no": {"halv": 0, "halvannen": 1, "halvannet": 1},
}

// halfAfterScale follow a scale word: "un millón y medio", "un milione e
// mezzo", "un million et demi", "um milhão e meio", "a million and a half".
var halfAfterScale = map[string]bool{"medio": true, "mezzo": true, "meio": true, "demi": true, "half": true}

// halfScales are Russian words of one half of a scale: "полмиллиона".
var halfScales = map[string]int8{"полмиллиона": 6, "полмиллиарда": 9, "полтриллиона": 12}

// rangeWords join the two ends of a range ("5 bis 6 Milliarden Euro").
var rangeWords = map[string]bool{
	"to": true, "bis": true, "à": true, "a": true, "tot": true, "do": true, "до": true, "till": true,
	"ile": true, "al": true, "til": true, "až": true,
}

// changeVerbs before an amount make "to" name the new level, not a range's
// end: "rose $1.50 to $82.30", "fell $2 to $48".
var changeVerbs = map[string]bool{
	"rose": true, "fell": true, "gained": true, "lost": true, "added": true, "dropped": true, "climbed": true,
	"jumped": true, "slipped": true, "declined": true, "increased": true, "decreased": true, "slumped": true,
	"surged": true, "eased": true, "advanced": true, "sank": true, "grew": true, "shrank": true, "rises": true,
	"falls": true, "gains": true, "drops": true, "climbs": true, "jumps": true, "up": true, "down": true,
	"soared": true, "tumbled": true, "plunged": true, "rallied": true, "dipped": true, "firmed": true,
}

// romanceChangeVerbs are French, Spanish, Italian and Portuguese verbs of
// change before "de/da X à/a Y"; changeStems begin Russian and Ukrainian
// ones before "с X до Y" (вырос, выросла, выросли...).
var romanceChangeVerbs = map[string]bool{
	"passé": true, "passée": true, "passés": true, "passe": true, "passant": true, "augmenté": true, "augmentée": true,
	"grimpé": true, "chuté": true, "baissé": true, "reculé": true, "progressé": true, "monté": true, "bondi": true,
	"tombé": true, "diminué": true, "réduit": true, "relevé": true, "porté": true, "ramené": true,
	"pasó": true, "subió": true, "bajó": true, "cayó": true, "aumentó": true, "creció": true, "disminuyó": true,
	"redujo": true, "elevó": true, "pasado": true, "subido": true, "aumentado": true, "caído": true, "bajado": true,
	"salito": true, "salita": true, "saliti": true, "sceso": true, "scesa": true, "passato": true, "passata": true,
	"aumentato": true, "aumentata": true, "cresciuto": true, "cresciuta": true, "calato": true, "calata": true,
	"diminuito": true, "diminuita": true, "ridotto": true, "balzato": true, "salgono": true, "sale": true, "scende": true,
	"passou": true, "subiu": true, "caiu": true, "aumentou": true, "cresceu": true, "baixou": true,
	"subiram": true, "caíram": true, "aumentaram": true, "cresceram": true, "passaram": true, "baixaram": true,
	"recuou": true, "recuaram": true, "saltou": true, "saltaram": true, "reajustado": true, "reajustada": true,
	"elevou": true, "reduziu": true, "reduzido": true, "reduzida": true, "elevado": true, "elevada": true,
}

// nordicChangeVerbs are Swedish, Danish and Norwegian verbs of change (and
// the particles after "gick", "gikk") before "från/fra X till/til Y" (an
// audit: "Aktien föll från 120 till 98 kronor" lost its old level).
var nordicChangeVerbs = map[string]bool{
	"steg": true, "sjönk": true, "föll": true, "ökade": true, "minskade": true, "höjdes": true, "sänktes": true,
	"stiger": true, "sjunker": true, "faller": true, "ökar": true, "minskar": true, "höjs": true, "sänks": true,
	"upp": true, "ned": true, "ner": true, "faldt": true, "falt": true, "øgede": true, "økte": true, "økes": true,
	"øges": true, "falder": true, "hævet": true, "hevet": true, "sænket": true, "senket": true, "op": true, "opp": true,
	"redusert": true, "reduceret": true, "hævede": true,
	// participles after har/er (the blind money audit: "har stigit från
	// 35 till 42 kronor" was a range)
	"stigit": true, "sjunkit": true, "ökat": true, "minskat": true, "höjts": true, "sänkts": true, "fallit": true,
	"steget": true, "faldet": true, "øget": true, "økt": true, "sunket": true, "øker": true, "minsket": true, "gått": true, "gikk": true, "gick": true,
}

var changeStems = []string{"вырос", "снизил", "упал", "увеличил", "сократил", "поднял", "повысил", "подорожал",
	"подешевел", "понизил", "уменьшил", "возрос", "зріс", "зросл", "знизил", "впал", "збільшил", "скоротил", "підвищил",
	"подорожч", "подешевш",
	// Polish and Czech (wzrosła z 5 do 6 zł, vzrostla ze 100 na 120 Kč)
	"wzrós", "wzros", "wzrośn", "spadł", "spadn", "zwiększ", "zmniejsz", "podniesi", "podnios", "obniż", "zdrożał",
	"potaniał", "podroż", "urosł", "urośn", "skoczył", "vzrost", "vzrůst", "stoupl", "stoupn", "klesl", "klesn",
	"zvýši", "sníži", "zdražil", "zlevnil", "podraž", "zdraž", "narost", "narůst", "zlevn",
	"підскоч", "піднял", "зросте", "зростут", "знизит", "впаде", "подорожча", "подешевша"}

// isChangeVerb reports whether w is a verb of change before an old level.
func isChangeVerb(w string) bool {
	if changeVerbs[w] || romanceChangeVerbs[w] || nordicChangeVerbs[w] {
		return true
	}
	for _, s := range changeStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// betweenWords before an amount make andWords join a range: "between $5 and
// $6 million", "zwischen 5 und 6 Millionen Euro", "entre 3 y 4 millones".
var betweenWords = map[string]bool{
	"between": true, "zwischen": true, "entre": true, "tra": true, "fra": true, "tussen": true,
	"między": true, "между": true, "mellan": true, "mellem": true, "mellom": true, "між": true, "mezi": true,
}

var andWords = map[string]bool{"and": true, "und": true, "et": true, "y": true, "e": true, "en": true, "i": true, "и": true, "och": true, "a": true, "og": true, "і": true, "та": true}

// connectors stand between a scale word and the currency name
// ("millones de dólares", "milliards d'euros", "milioni di euro").
var connectors = map[string]bool{"de": true, "di": true, "d": true}

// zeroDecimal are the currencies without a minor unit in use: three digits
// after a separator are never a fraction of them.
var zeroDecimal = map[string]bool{
	"JPY": true, "KRW": true, "VND": true, "CLP": true, "ISK": true, "IDR": true, "PYG": true, "UGX": true,
	"KHR": true, "LAK": true, "HUF": true, "COP": true, "IRR": true, "MNT": true, "KZT": true,
}

// multiFirst are the first words of currency names of two or three words.
var multiFirst = map[string]bool{}

func init() { // after names is filled
	for w := range names {
		if first, _, ok := strings.Cut(w, " "); ok {
			multiFirst[first] = true
		}
	}
}
