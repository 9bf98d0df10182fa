package money

import (
	"strings"
	"unicode"
)

// Cue bits: what a document talks about, for currencies a word alone does not decide.
const (
	cueUS uint32 = 1 << iota
	cueCA
	cueAU
	cueNZ
	cueHK
	cueSG
	cueSE
	cueNO
	cueDK
	cueCZ
	cueCH
	cueMX
	cueAR
	cueCL
	cueCO
	cuePH
	cueCN
	cueJP
	cueGB
	cueFR
	cueDE
	cueBE
	cueMA
	cueAE
	cueLK
	cueNP
	cuePK
	cueIN
	cueBD
)

// cuePrefixes: a lower-cased word starting with the prefix sets the cue.
type cuePrefix struct {
	prefix string
	cue    uint32
}

var cuePrefixes = []cuePrefix{
	{"americ", cueUS}, {"amerik", cueUS}, {"améric", cueUS}, {"estadounid", cueUS}, {"washington", cueUS},
	{"états-unis", cueUS}, {"etats-unis", cueUS}, {"vereinigte", cueUS}, {"verenigde", cueUS}, {"nasdaq", cueUS},
	{"canad", cueCA}, {"kanad", cueCA}, {"québec", cueCA}, {"quebec", cueCA}, {"ottawa", cueCA}, {"toronto", cueCA},
	{"montréal", cueCA}, {"montreal", cueCA}, {"vancouver", cueCA}, {"ontario", cueCA}, {"alberta", cueCA}, {"канад", cueCA},
	{"austral", cueAU}, {"sydney", cueAU}, {"melbourne", cueAU}, {"canberra", cueAU}, {"австрал", cueAU}, {"avustralya", cueAU},
	{"zealand", cueNZ}, {"neuseeland", cueNZ}, {"zélande", cueNZ}, {"zelanda", cueNZ}, {"nieuw-zeeland", cueNZ},
	{"hongkong", cueHK}, {"hong", cueHK},
	{"singap", cueSG},
	{"schwed", cueSE}, {"swed", cueSE}, {"suède", cueSE}, {"suédo", cueSE}, {"suec", cueSE}, {"svez", cueSE}, {"sved", cueSE},
	{"zweed", cueSE}, {"szwec", cueSE}, {"швец", cueSE}, {"швед", cueSE}, {"sverige", cueSE}, {"svensk", cueSE},
	{"stockholm", cueSE}, {"isveç", cueSE},
	{"norw", cueNO}, {"norv", cueNO}, {"norue", cueNO}, {"noorw", cueNO}, {"noors", cueNO}, {"norge", cueNO}, {"norsk", cueNO},
	{"oslo", cueNO}, {"норв", cueNO}, {"norveç", cueNO},
	{"dän", cueDK}, {"danish", cueDK}, {"denmark", cueDK}, {"danemark", cueDK}, {"danois", cueDK}, {"dinamarc", cueDK},
	{"danes", cueDK}, {"deens", cueDK}, {"denemarken", cueDK}, {"duń", cueDK}, {"датс", cueDK},
	{"dansk", cueDK}, {"danmark", cueDK}, {"kopenhag", cueDK}, {"copenhag", cueDK}, {"köpenhamn", cueDK},
	{"danimarka", cueDK},
	{"tschech", cueCZ}, {"czech", cueCZ}, {"tchèque", cueCZ}, {"ceco", cueCZ}, {"tsjech", cueCZ},
	{"czes", cueCZ}, {"чеш", cueCZ}, {"tjeck", cueCZ}, {"çek", cueCZ},
	{"schweiz", cueCH}, {"swiss", cueCH}, {"suisse", cueCH}, {"svizzer", cueCH}, {"zwitser", cueCH}, {"szwajcar", cueCH},
	{"швейцар", cueCH}, {"switzerland", cueCH}, {"suiz", cueCH}, {"suíç", cueCH}, {"isviçre", cueCH}, {"zürich", cueCH},
	{"zurich", cueCH}, {"genf", cueCH}, {"genève", cueCH}, {"geneva", cueCH}, {"genevois", cueCH}, {"ginevra", cueCH},
	{"basel", cueCH}, {"bâle", cueCH}, {"lausanne", cueCH}, {"lugano", cueCH},
	{"helvet", cueCH}, {"eidgen", cueCH},
	{"méxic", cueMX}, {"mexic", cueMX}, {"mexik", cueMX},
	{"argentin", cueAR}, {"porteñ", cueAR}, {"bonaerense", cueAR}, {"kirchner", cueAR}, {"milei", cueAR},
	{"chile", cueCL}, {"chilen", cueCL},
	{"colombi", cueCO}, {"kolumbi", cueCO}, {"bogot", cueCO}, {"medell", cueCO}, {"monterrey", cueMX}, {"guadalajara", cueMX},
	{"filipin", cuePH}, {"philippin", cuePH},
	{"yuan", cueCN}, {"renminbi", cueCN}, {"china", cueCN}, {"chinese", cueCN}, {"chinois", cueCN}, {"chine", cueCN},
	{"chino", cueCN}, {"cinese", cueCN}, {"cina", cueCN}, {"chines", cueCN}, {"chiny", cueCN}, {"chińs", cueCN},
	{"китай", cueCN}, {"çin", cueCN}, {"peking", cueCN}, {"beijing", cueCN}, {"shanghai", cueCN},
	{"brit", cueGB}, {"brexit", cueGB}, {"england", cueGB}, {"scotl", cueGB}, {"schott", cueGB}, {"london", cueGB},
	{"londres", cueGB}, {"londra", cueGB}, {"londyn", cueGB}, {"sterling", cueGB}, {"ftse", cueGB}, {"royaume-uni", cueGB},
	{"großbritannien", cueGB}, {"grossbritannien", cueGB}, {"brytan", cueGB}, {"великобритан", cueGB}, {"лондон", cueGB},
	{"ingiltere", cueGB}, {"inglaterra", cueGB}, {"escocia", cueGB}, {"escócia", cueGB}, {"británic", cueGB},
	{"britânic", cueGB}, {"angleterre", cueGB}, {"écosse", cueGB}, {"inghilterra", cueGB}, {"scozia", cueGB},
	{"engeland", cueGB}, {"schotland", cueGB}, {"anglii", cueGB}, {"англи", cueGB}, {"шотланд", cueGB}, {"premier", cueGB}, {"storbritannien", cueGB}, {"engels", cueGB}, {"anglais", cueGB}, {"ingles", cueGB}, {"inglés", cueGB},
	{"france", cueFR}, {"french", cueFR}, {"frankreich", cueFR}, {"französ", cueFR}, {"francia", cueFR}, {"francés", cueFR},
	{"frança", cueFR}, {"frankrijk", cueFR}, {"francj", cueFR}, {"франц", cueFR}, {"frankrike", cueFR}, {"fransa", cueFR},
	{"german", cueDE}, {"deutsch", cueDE}, {"bundesbank", cueDE}, {"bonn", cueDE}, {"frankfurt", cueDE}, {"allemagne", cueDE},
	{"allemand", cueDE}, {"aleman", cueDE}, {"alemã", cueDE}, {"tedesc", cueDE}, {"duits", cueDE}, {"niemc", cueDE},
	{"германи", cueDE}, {"немец", cueDE}, {"tysk", cueDE}, {"almanya", cueDE},
	{"belg", cueBE}, {"vlaam", cueBE}, {"vlaanderen", cueBE}, {"brussel", cueBE}, {"bruxelles", cueBE}, {"antwerp", cueBE},
	{"wallon", cueBE}, {"wallonie", cueBE}, {"flandre", cueBE}, {"bélgica", cueBE}, {"бельги", cueBE},
	{"japan", cueJP}, {"japon", cueJP}, {"japón", cueJP}, {"giappon", cueJP}, {"japão", cueJP}, {"япон", cueJP},
	{"tokyo", cueJP}, {"tokio", cueJP},
	{"maroc", cueMA}, {"morocc", cueMA}, {"marokk", cueMA}, {"marocc", cueMA}, {"marruec", cueMA}, {"marroc", cueMA},
	{"rabat", cueMA}, {"casablanca", cueMA}, {"марокк", cueMA},
	{"emirat", cueAE}, {"émirat", cueAE}, {"dubai", cueAE}, {"dubaï", cueAE}, {"dubái", cueAE}, {"dhabi", cueAE},
	{"эмират", cueAE}, {"дубай", cueAE},
	{"lanka", cueLK}, {"colombo", cueLK}, {"jaffna", cueLK}, {"kandy", cueLK}, {"இலங்கை", cueLK}, {"கொழும்ப", cueLK},
	{"யாழ்ப்பாண", cueLK}, {"ලංකා", cueLK}, {"කොළඹ", cueLK},
	{"nepal", cueNP}, {"kathmandu", cueNP}, {"नेपाल", cueNP}, {"काठमाडौं", cueNP},
	{"pakistan", cuePK}, {"karachi", cuePK}, {"lahore", cuePK}, {"islamabad", cuePK}, {"پاکستان", cuePK},
	{"india", cueIN}, {"indien", cueIN}, {"mumbai", cueIN}, {"delhi", cueIN}, {"bengaluru", cueIN},
	{"भारत", cueIN}, {"இந்திய", cueIN}, {"ভারত", cueIN}, {"কলকাতা", cueIN}, {"পশ্চিমবঙ্গ", cueIN}, {"kolkata", cueIN},
	{"bangladesh", cueBD}, {"dhaka", cueBD}, {"chittagong", cueBD}, {"chattogram", cueBD}, {"বাংলাদেশ", cueBD},
	{"ঢাকা", cueBD}, {"চট্টগ্রাম", cueBD},
}

// cueTrie holds cuePrefixes, to find all of them in a word in one walk.
var cueTrie = func() *byteTrie[uint32] {
	tr := &byteTrie[uint32]{}
	for _, cp := range cuePrefixes {
		var have uint32
		tr.prefixes(cp.prefix, func(v uint32, n int) bool {
			if n == len(cp.prefix) {
				have = v
			}
			return true
		})
		tr.add(cp.prefix, have|cp.cue)
	}
	return tr
}()

// minCueLen is the length in bytes of the shortest cue prefix and dollar
// word: shorter words ("the", "und", "de") are passed over.
var minCueLen = func() int {
	n := len("dolar")
	for _, cp := range cuePrefixes {
		n = min(n, len(cp.prefix))
	}
	return n
}()

// cueFirst marks the first bytes of cuePrefixes.
var cueFirst = func() (f [256]bool) {
	for _, cp := range cuePrefixes {
		f[cp.prefix[0]] = true
	}
	return f
}()

// cueExact are case-sensitive words that set a cue.
var cueExact = map[string]uint32{
	"US": cueUS, "USA": cueUS, "EEUU": cueUS, "EUA": cueUS, "ABD": cueUS, "США": cueUS, "VS": cueUS, "Fed": cueUS,
	"NYSE": cueUS, "SNB": cueCH, "BNS": cueCH, "RMB": cueCN, "CHF": cueCH, "Bern": cueCH, "Berne": cueCH, "Prag": cueCZ, "Prague": cueCZ, "yen": cueJP, "Yen": cueJP, "UK": cueGB, "York": cueUS, "Wall": cueUS, "Paris": cueFR, "Aires": cueAR, "GB": cueGB, "BoE": cueGB, "GBP": cueGB, "Reino": cueGB, "Regno": cueGB,
	"UAE": cueAE, "EAU": cueAE, "VAE": cueAE, "ОАЭ": cueAE,
}

// docContext is what the whole document says about ambiguous currencies.
// It is built lazily, only when an ambiguous currency is met.
type docContext struct {
	cues     uint32
	dollars  map[string]bool // explicitly marked dollars: "C$", "Canadian dollars", "CAD"
	signed   map[string]int  // token of the first prefix sign of each dollar marked so ("C$", "A$")
	oldYears bool            // a year before the euro (1960–2001) is mentioned
}

var dollarCodes = map[string]bool{"USD": true, "CAD": true, "AUD": true, "NZD": true, "HKD": true, "SGD": true, "TWD": true}

func (p *parser) context() *docContext {
	if p.ctx != nil {
		return p.ctx
	}
	c := &docContext{dollars: map[string]bool{}}
	var lb, pb []byte
	for i, t := range p.toks {
		w := p.s[t.b0:t.b1]
		switch t.kind {
		case tSym:
			if t.first == '£' {
				c.cues |= cueGB
			}
		case tNum:
			if len(w) == 4 && (w[:2] == "19" && w[2] >= '6' || w[:3] == "200" && w[3] <= '1') {
				c.oldYears = true
			}
		case tWord:
			if len(w) <= 6 && (unicode.IsUpper(t.first) || w == "yen") {
				if cue, ok := cueExact[w]; ok {
					c.cues |= cue
				}
				if dollarCodes[w] {
					c.dollars[w] = true
				}
			}
			if i+1 < len(p.toks) && p.toks[i+1].gap == gapNone && p.toks[i+1].first == '$' {
				// R$, MX$, RD$ are the real and pesos, not dollars
				if code, ok := dollarPrefixes[w]; ok && dollarCodes[code] {
					c.dollars[code] = true
					if c.signed == nil {
						c.signed = map[string]int{}
					}
					if _, seen := c.signed[code]; !seen {
						c.signed[code] = i
					}
				}
			}
			// Lower-case only the words a cue or a dollar name can start
			// with: most words are passed over on their first letter.
			if lead := leadByte(unicode.ToLower(t.first)); len(w) < minCueLen || !cueFirst[lead] && lead != 'd' &&
				strings.IndexByte(w, '-') < 0 {
				continue
			}
			lb = appendLower(lb[:0], w)
			lw := unsafeString(lb)
			cueTrie.prefixes(lw, func(cue uint32, _ int) bool {
				c.cues |= cue
				return true
			})
			// Dollar names: "US-Dollar", "Canadian dollars", "dollars canadiens".
			if isDollarWord(lw) {
				if n, ok := names[lw]; ok && n.kind == ckFixed && dollarCodes[n.code] {
					c.dollars[n.code] = true
				}
				for _, k := range [2]int{i - 1, i + 1} {
					if k < 0 || k >= len(p.toks) || p.toks[k].kind != tWord || p.toks[max(k, i)].gap != gapSpace {
						continue
					}
					a, b := p.toks[min(k, i)], p.toks[max(k, i)]
					pb = appendLower(pb[:0], p.s[a.b0:a.b1])
					pb = append(pb, ' ')
					pb = appendLower(pb, p.s[b.b0:b.b1])
					if n, ok := names[unsafeString(pb)]; ok && n.kind == ckFixed && dollarCodes[n.code] {
						c.dollars[n.code] = true
					}
				}
			}
		}
	}
	p.ctx = c
	return c
}

// isDollarWord reports whether lower-case word w names a dollar.
func isDollarWord(w string) bool {
	return strings.Contains(w, "dollar") || strings.HasPrefix(w, "dólar") || strings.HasPrefix(w, "dolar") ||
		strings.HasPrefix(w, "доллар") || strings.HasPrefix(w, "dollari") || strings.HasPrefix(w, "dollaro")
}

// resolve turns a currency into an ISO code and a confidence.
func (p *parser) resolve(c cur) (string, float64) {
	switch c.kind {
	case ckFixed:
		return c.code, 0.95
	case ckDollar:
		return p.dollar()
	case ckDollarSign:
		// Argentine, Chilean, Colombian and Mexican papers write the peso "$"
		// and the dollar "US$", "u$s" or "dólares".
		if p.lang == "es" {
			if code, ok := onlyOne(p.context().cues, map[uint32]string{cueMX: "MXN", cueAR: "ARS", cueCL: "CLP", cueCO: "COP"}); ok {
				return code, 0.6
			}
		}
		return p.dollar()
	case ckCent:
		if p.lang == "en" || p.lang == "und" || p.lang == "" {
			code, conf := p.dollar()
			return code, conf * 0.95
		}
		return "EUR", 0.9
	case ckKrone:
		switch p.lang {
		case "sv":
			return "SEK", 0.9
		case "no":
			return "NOK", 0.9
		case "da":
			return "DKK", 0.9
		case "is":
			return "ISK", 0.9
		case "cs", "sk":
			return "CZK", 0.9
		}
		if code, ok := onlyOne(p.context().cues, map[uint32]string{cueSE: "SEK", cueNO: "NOK", cueDK: "DKK", cueCZ: "CZK"}); ok {
			return code, 0.7
		}
		return "SEK", 0.4
	case ckFranc:
		ctx := p.context()
		if ctx.cues&cueCH != 0 {
			return "CHF", 0.85
		}
		if ctx.oldYears && (p.lang == "nl" || ctx.cues&cueBE != 0) && p.lang != "de" && p.lang != "it" {
			return "BEF", 0.6 // Flemish and Belgian news before the euro
		}
		if ctx.oldYears && (p.lang == "fr" || ctx.cues&cueFR != 0) && p.lang != "de" && p.lang != "it" {
			return "FRF", 0.6
		}
		if p.lang == "de" || p.lang == "it" {
			return "CHF", 0.8
		}
		return "CHF", 0.6
	case ckPeso:
		if code, ok := onlyOne(p.context().cues, map[uint32]string{cueMX: "MXN", cueAR: "ARS", cueCL: "CLP", cueCO: "COP", cuePH: "PHP"}); ok {
			return code, 0.75
		}
		return "MXN", 0.4
	case ckYen:
		ctx := p.context()
		if ctx.cues&cueCN != 0 && ctx.cues&cueJP == 0 || p.lang == "zh" {
			return "CNY", 0.6
		}
		return "JPY", 0.85
	case ckPound:
		return "GBP", 0.9
	case ckRupee:
		switch p.lang {
		case "ne":
			return "NPR", 0.9
		case "ur":
			return "PKR", 0.9
		case "si":
			return "LKR", 0.9
		}
		// a text about one of the rupee's other countries, and not India
		if code, ok := onlyOne(p.context().cues, map[uint32]string{cueLK: "LKR", cueNP: "NPR", cuePK: "PKR", cueIN: "INR"}); ok {
			return code, 0.75
		}
		if p.lang == "ta" {
			return "INR", 0.6 // Tamil Nadu's press outnumbers Sri Lanka's
		}
		return "INR", 0.85
	case ckTaka:
		// Bangladesh's, unless the text names India (Kolkata, West Bengal)
		// and not Bangladesh
		if code, ok := onlyOne(p.context().cues, map[uint32]string{cueBD: "BDT", cueIN: "INR"}); ok {
			return code, 0.8
		}
		return "BDT", 0.6
	case ckDirham:
		if code, ok := onlyOne(p.context().cues, map[uint32]string{cueMA: "MAD", cueAE: "AED"}); ok {
			return code, 0.8
		}
		if p.lang == "fr" {
			return "MAD", 0.5 // the French-language press of Morocco
		}
		return "AED", 0.6
	case ckMark:
		return "DEM", 0.8
	case ckLira:
		// "lire" is the Italian plural: the old lira, in Italian and English.
		if p.lang != "tr" && strings.EqualFold(p.word(p.curTok), "lire") {
			return "ITL", 0.6
		}
		return "TRY", 0.9
	}
	return c.code, 0.5
}

// dollar resolves a bare "$" or "dollars": USD unless the document marks
// exactly one other dollar explicitly ("C$", "Australian dollars", "CAD";
// after its sign, when a sign marks it) and never USD, or talks about
// exactly one other dollar country and not the US.
func (p *parser) dollar() (string, float64) {
	ctx := p.context()
	if ctx.dollars["USD"] {
		return "USD", 0.9
	}
	other := ""
	n := 0
	for code := range ctx.dollars {
		other = code
		n++
	}
	// A writer who marks the other dollar with its sign ("C$24.10", as the
	// wires write) leaves a bare "$" before that sign to the US dollar
	// ("revenue of $2.8 billion ... shares rose to C$24.10"); after it, a
	// bare "$" goes on in that dollar ("earned C$2.1 billion ... costs would
	// rise by $300 million").
	if at, ok := ctx.signed[other]; n == 1 && ok && p.curTok < at {
		return "USD", 0.75
	}
	if n == 1 {
		return other, 0.7
	}
	if n == 0 && ctx.cues&cueUS == 0 {
		// Hong Kong and Singapore are left out: much of their news is priced in USD.
		if code, ok := onlyOne(ctx.cues, map[uint32]string{cueCA: "CAD", cueAU: "AUD", cueNZ: "NZD"}); ok {
			return code, 0.55
		}
	}
	return "USD", 0.85
}

// onlyOne returns the code of the single cue of m that is set.
func onlyOne(cues uint32, m map[uint32]string) (string, bool) {
	found := ""
	for bit, code := range m {
		if cues&bit != 0 {
			if found != "" {
				return "", false
			}
			found = code
		}
	}
	return found, found != ""
}

// moneyWords are verbs and nouns of paying, in all the languages: before
// "ten pounds" or "300 libras" they make the amount money, not weight or
// books.
var moneyWords = map[string]bool{
	"paid": true, "pay": true, "pays": true, "paying": true, "cost": true, "costs": true, "owe": true, "owes": true,
	"owed": true, "spent": true, "spend": true, "charged": true, "charge": true, "charges": true, "earn": true,
	"earned": true, "earns": true, "won": true, "worth": true, "fined": true, "fine": true, "price": true, "priced": true,
	"tip": true, "bet": true, "lent": true, "borrowed": true, "raised": true, "sold": true, "bought": true, "save": true,
	"saved": true, "fee": true, "donated": true, "gave": true, "found": true, "costing": true,
	"zahlte": true, "kostet": true, "kostete": true, "bezahlte": true, "gezahlt": true, "verdiente": true,
	"pagó": true, "pagar": true, "cuesta": true, "costó": true, "gastó": true, "cobró": true, "ganó": true, "vale": true,
	"pagou": true, "custa": true, "custou": true, "gastou": true, "ganhou": true, "cobrou": true,
	"payé": true, "payer": true, "coûte": true, "coûté": true, "dépensé": true, "gagné": true, "vaut": true,
	"pagato": true, "costa": true, "costato": true, "speso": true, "guadagnato": true,
	"betaalde": true, "kost": true, "kostte": true, "betaald": true, "verdiende": true,
	"betalade": true, "kostar": true, "kostade": true,
	"exchanged": true, "changed": true, "received": true, "cambió": true, "recibió": true, "échangé": true,
	"changé": true, "reçu": true, "cambiato": true, "ricevuto": true, "trocou": true, "recebeu": true,
	"wisselde": true, "ontving": true, "växlade": true, "tauschte": true, "precio": true, "prix": true,
	"prezzo": true, "preço": true, "prijs": true, "pris": true,
}

// moneyVerbBefore reports whether one of moneyWords stands among the four
// words before token start, on its line, with no other number between ("paid
// 10 euros for 5 livres": the books are not paid).
func (p *parser) moneyVerbBefore(start int) bool {
	t := p.toks
	for k, seen := start-1, 0; k >= 0 && seen < 4 && t[k+1].gap != gapBreak && t[k].kind != tNum; k-- {
		if t[k].kind == tWord {
			if moneyWords[p.lower(k)] {
				return true
			}
			seen++
		}
	}
	return false
}
