package money

import "strings"

// Number words. Each language lists its atoms: units, teens, tens, the
// hundreds it writes as one word ("doscientos", "двести"), the word for
// hundred that multiplies ("hundert", "cento"), the thousand words and the
// joiners ("und", "y", "e", "et", "and"). A word is read by cutting it into
// atoms ("sechs|hundert|zwanzig", "vijf|en|twintig", "duecento|cinquanta")
// and words follow each other ("two hundred and fifty", "cuarenta y cinco",
// "двести пятьдесят"); wordValue adds them up and refuses what no one
// writes ("five six", "twenty thirty").

type atomKind uint8

const (
	aUnit     atomKind = iota + 1 // 1..9
	aTeen                         // 10..19
	aTen                          // 20..90
	aHundreds                     // 100..900 written as one atom
	aMul                          // "hundred": multiplies the units before it
	aThousand                     // "thousand": multiplies what came before
	aJoin                         // "und", "y", "e", "-"
)

type atom struct {
	val  int64
	kind atomKind
}

// numLexicon is one language's number atoms and their trie.
type numLexicon struct {
	atoms     map[string]atom
	joinWords map[string]bool // joiners written as words of their own
	unitFirst bool            // "fünfundzwanzig": the unit comes before the ten
	vigesimal bool            // "soixante-dix", "quatre-vingt-dix": teens after 60 and 80
	trie      byteTrie[atom]
}

func (lx *numLexicon) add(w string, a atom) {
	lx.atoms[w] = a
	lx.trie.add(w, a)
}

// numLexicons are the number atoms per language.
var numLexicons = buildNumLexicons()

// numSpec lists a language's atoms; each field is space-separated, a value
// "a/b" gives alternatives of one number, in order.
type numSpec struct {
	units, teens, tens, hundreds   string // 1..9, 10..19, 20..90, 100..900 (empty slots as "_")
	mul, thousand, join, joinWords string
	extra                          map[string]int64 // more forms: inflections, elisions
	unitFirst, vigesimal           bool
}

func buildNumLexicons() map[string]*numLexicon {
	lexicons := map[string]*numLexicon{}
	specs := map[string]numSpec{
		"en": {units: "one two three four five six seven eight nine",
			teens: "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
			tens:  "twenty thirty forty fifty sixty seventy eighty ninety", mul: "hundred", thousand: "thousand",
			join: "-", joinWords: "and"},
		"de": {units: "eins/ein zwei/zwo drei vier fünf sechs sieben acht neun",
			teens: "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
			tens:  "zwanzig dreißig/dreissig vierzig fünfzig sechzig siebzig achtzig neunzig", mul: "hundert",
			thousand: "tausend", join: "und -", unitFirst: true},
		"nl": {units: "een/één twee drie vier vijf zes zeven acht negen",
			teens: "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
			tens:  "twintig dertig veertig vijftig zestig zeventig tachtig negentig", mul: "honderd",
			thousand: "duizend", join: "en ën -", unitFirst: true},
		"fr": {units: "un/une deux trois quatre cinq six sept huit neuf",
			teens: "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
			tens:  "vingt/vingts trente quarante cinquante soixante _ quatre-vingt/quatre-vingts _",
			mul:   "cent/cents", thousand: "mille/mil", join: "-", joinWords: "et", vigesimal: true},
		"es": {units: "uno/un/una dos tres cuatro cinco seis siete ocho nueve",
			teens: "diez once doce trece catorce quince dieciséis/dieciseis diecisiete dieciocho diecinueve",
			tens:  "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
			hundreds: "cien/ciento doscientos/doscientas trescientos/trescientas cuatrocientos/cuatrocientas " +
				"quinientos/quinientas seiscientos/seiscientas setecientos/setecientas ochocientos/ochocientas novecientos/novecientas",
			thousand: "mil", joinWords: "y",
			extra: map[string]int64{"veintiuno": 21, "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22,
				"veintitrés": 23, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26,
				"veintisiete": 27, "veintiocho": 28, "veintinueve": 29}},
		"pt": {units: "um/uma dois/duas três/tres quatro cinco seis sete oito nove",
			teens: "dez onze doze treze catorze/quatorze quinze dezesseis/dezasseis dezessete/dezassete dezoito dezenove/dezanove",
			tens:  "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
			hundreds: "cem/cento duzentos/duzentas trezentos/trezentas quatrocentos/quatrocentas quinhentos/quinhentas " +
				"seiscentos/seiscentas setecentos/setecentas oitocentos/oitocentas novecentos/novecentas",
			thousand: "mil", joinWords: "e"},
		"it": {units: "uno/un/una due tre/tré quattro cinque sei sette otto nove",
			teens: "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
			tens: "venti/vent trenta/trent quaranta/quarant cinquanta/cinquant sessanta/sessant settanta/settant " +
				"ottanta/ottant novanta/novant",
			mul: "cento", thousand: "mille/mila", joinWords: "e"},
		"sv": {units: "en/ett två tre fyra fem sex sju åtta nio",
			teens: "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
			tens:  "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio", mul: "hundra", thousand: "tusen",
			joinWords: "och"},
		"pl": {units: "jeden/jedna/jedno/jednego dwa/dwie/dwóch/dwu trzy/trzech cztery/czterech pięć/pięciu sześć/sześciu " +
			"siedem/siedmiu osiem/ośmiu dziewięć/dziewięciu",
			teens: "dziesięć/dziesięciu jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście " +
				"osiemnaście dziewiętnaście",
			tens: "dwadzieścia/dwudziestu trzydzieści/trzydziestu czterdzieści/czterdziestu pięćdziesiąt/pięćdziesięciu " +
				"sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt",
			hundreds: "sto/stu dwieście/dwustu trzysta/trzystu czterysta/czterystu pięćset/pięciuset sześćset siedemset " +
				"osiemset dziewięćset",
			thousand: "tysiąc/tysiące/tysięcy", joinWords: "i"},
		"ru": {units: "один/одна/одно/одного два/две/двух три/трёх/трех четыре/четырёх/четырех пять/пяти шесть/шести " +
			"семь/семи восемь/восьми девять/девяти",
			teens: "десять/десяти одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать " +
				"восемнадцать девятнадцать",
			tens: "двадцать/двадцати тридцать/тридцати сорок/сорока пятьдесят/пятидесяти шестьдесят семьдесят " +
				"восемьдесят девяносто",
			hundreds: "сто/ста двести/двухсот триста/трёхсот/трехсот четыреста/четырёхсот пятьсот/пятисот шестьсот " +
				"семьсот восемьсот девятьсот",
			thousand: "тысяча/тысячи/тысяч/тысячу"},
		"uk": {units: "один/одна/одне/одного два/дві/двох три/трьох чотири/чотирьох п'ять/п'яти шість/шести " +
			"сім/семи вісім/восьми дев'ять/дев'яти",
			teens: "десять/десяти одинадцять/одинадцяти дванадцять/дванадцяти тринадцять чотирнадцять п'ятнадцять " +
				"шістнадцять сімнадцять вісімнадцять дев'ятнадцять",
			tens: "двадцять/двадцяти тридцять/тридцяти сорок/сорока п'ятдесят/п'ятдесяти шістдесят/шістдесяти " +
				"сімдесят/сімдесяти вісімдесят/вісімдесяти дев'яносто",
			hundreds: "сто/ста двісті/двохсот триста/трьохсот чотириста/чотирьохсот п'ятсот/п'ятисот шістсот/шестисот " +
				"сімсот/семисот вісімсот/восьмисот дев'ятсот/дев'ятисот",
			thousand: "тисяча/тисячі/тисяч/тисячу", joinWords: "і"},
		"cs": {units: "jeden/jedna/jedno/jednoho dva/dvě/dvou tři/tří/třech čtyři/čtyř pět/pěti šest/šesti " +
			"sedm/sedmi osm/osmi devět/devíti",
			teens: "deset/deseti jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct",
			tens: "dvacet/dvaceti třicet/třiceti čtyřicet/čtyřiceti padesát/padesáti šedesát/šedesáti " +
				"sedmdesát/sedmdesáti osmdesát/osmdesáti devadesát/devadesáti",
			hundreds: "sto", mul: "stě/sta/set", thousand: "tisíc/tisíce/tisícu"},
		"da": {units: "en/et to tre fire fem seks syv otte ni",
			teens: "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
			tens:  "tyve tredive/tredve fyrre halvtreds tres halvfjerds firs halvfems", mul: "hundrede/hundred",
			thousand: "tusind/tusinde", join: "og", unitFirst: true, joinWords: "og"},
		"no": {units: "en/ett/én to tre fire fem seks sju/syv åtte ni",
			teens: "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
			tens:  "tjue/tyve tretti/tredve førti femti seksti sytti åtti nitti", mul: "hundre", thousand: "tusen",
			joinWords: "og"},
		"tr": {units: "bir iki üç dört beş altı yedi sekiz dokuz",
			extra: map[string]int64{"on": 10},
			tens:  "yirmi otuz kırk elli altmış yetmiş seksen doksan", mul: "yüz", thousand: "bin"},
	}
	for lang, sp := range specs {
		lx := &numLexicon{atoms: map[string]atom{}, joinWords: map[string]bool{}, unitFirst: sp.unitFirst, vigesimal: sp.vigesimal}
		addList := func(list string, first, step int64, kind atomKind) {
			v := first
			for _, w := range strings.Fields(list) {
				if w != "_" {
					for _, alt := range strings.Split(w, "/") {
						for _, form := range apostropheForms(alt) {
							lx.add(form, atom{val: v, kind: kind})
						}
					}
				}
				v += step
			}
		}
		addList(sp.units, 1, 1, aUnit)
		addList(sp.teens, 10, 1, aTeen)
		addList(sp.tens, 20, 10, aTen)
		addList(sp.hundreds, 100, 100, aHundreds)
		addList(sp.mul, 100, 0, aMul)
		addList(sp.thousand, 1000, 0, aThousand)
		addList(sp.join, 0, 0, aJoin)
		for w, v := range sp.extra {
			lx.add(w, atom{val: v, kind: aTen})
		}
		for _, w := range strings.Fields(sp.joinWords) {
			lx.joinWords[w] = true
		}
		lexicons[lang] = lx
	}
	return lexicons
}

// apostropheForms are w as written with each of the apostrophes in use
// (Ukrainian "п'ять", "п’ять", "пʼять"); w itself when it has none.
func apostropheForms(w string) []string {
	if !strings.Contains(w, "'") {
		return []string{w}
	}
	return []string{w, strings.ReplaceAll(w, "'", "’"), strings.ReplaceAll(w, "'", "ʼ")}
}

// segment cuts lower-case word w into atoms, appending them to dst. It
// prefers long atoms and backtracks when a cut leaves a rest that is no
// number.
func (lx *numLexicon) segment(w string, dst []atom) ([]atom, bool) {
	if w == "" {
		return dst, true
	}
	var ends [24]int
	var atoms [24]atom
	k := 0
	lx.trie.prefixes(w, func(a atom, n int) bool {
		ends[k], atoms[k] = n, a
		k++
		return k < len(ends)
	})
	for k--; k >= 0; k-- {
		if out, ok := lx.segment(w[ends[k]:], append(dst, atoms[k])); ok {
			return out, true
		}
	}
	return dst, false
}

// wordValue adds up number atoms in the order they are written.
type wordValue struct {
	total, group int64
	lastMag      int64 // place of the last atom: 1, 10, 100, 1000
	last         atom
	n            int  // value atoms so far
	join         bool // a joiner waits for its right side
	unitFirst    bool
	vigesimal    bool
}

func (lx *numLexicon) newValue() wordValue {
	return wordValue{unitFirst: lx.unitFirst, vigesimal: lx.vigesimal}
}

// add takes the next atom; it reports false, leaving w unchanged, when the
// atom cannot follow.
func (w *wordValue) add(a atom) bool {
	switch a.kind {
	case aJoin:
		if w.n == 0 || w.join {
			return false
		}
		w.join = true
		return true
	case aMul:
		// "two hundred", "twaalfhonderd", "nineteen hundred"; not "hundred hundred".
		if w.group != 0 && (w.group >= 100 || w.last.kind == aMul || w.last.kind == aHundreds) {
			return false
		}
		w.group = max(w.group, 1) * 100
		w.lastMag, w.last, w.join = 100, a, false
		w.n++
		return true
	case aThousand:
		if w.total != 0 || w.join {
			return false
		}
		w.total = max(w.group, 1) * 1000
		w.group = 0
		w.lastMag, w.last = 1000, a
		w.n++
		return true
	}
	ok := w.n == 0 || a.val < w.lastMag ||
		w.unitFirst && w.join && w.last.kind == aUnit && a.kind == aTen && w.lastMag == 1 ||
		w.vigesimal && (w.last.val == 60 || w.last.val == 80) && a.kind == aTeen ||
		w.lastMag == 1000 && a.val < 1000
	if !ok {
		return false
	}
	// "und" between a unit and a ten: the unit was added first.
	if w.unitFirst && w.join && w.last.kind == aUnit && a.kind == aTen {
		w.lastMag = 1
	} else {
		switch a.kind {
		case aUnit:
			w.lastMag = 1
		case aTeen:
			w.lastMag = 1
		case aTen:
			w.lastMag = 10
			if a.val%10 != 0 {
				w.lastMag = 1 // "veinticinco"
			}
		case aHundreds:
			w.lastMag = 100
		}
	}
	w.group += a.val
	w.last, w.join = a, false
	w.n++
	return true
}

func (w *wordValue) value() int64 { return w.total + w.group }

// addWord adds the atoms of lower-case word lw; on failure w is unchanged.
func (lx *numLexicon) addWord(w *wordValue, lw string) bool {
	var buf [16]atom
	atoms, ok := lx.segment(lw, buf[:0])
	if !ok {
		return false
	}
	save := *w
	for _, a := range atoms {
		if !w.add(a) {
			*w = save
			return false
		}
	}
	if w.join {
		*w = save
		return false
	}
	return true
}

// isNumberWord reports whether lw is one number word, simple or compound.
func (lx *numLexicon) isNumberWord(lw string) bool {
	w := lx.newValue()
	return lx.addWord(&w, lw) && w.value() > 0
}

// ParseWords reads the spelled-out number s in language lang ("two hundred
// and fifty", "siebenhundertfünfzig", "cuarenta y cinco", "двести
// пятьдесят") and reports false unless all of s is one number.
func ParseWords(s, lang string) (int64, bool) {
	lx := numLexicons[normLang(lang)]
	if lx == nil {
		return 0, false
	}
	w := lx.newValue()
	pendingJoin := false
	for _, f := range strings.Fields(s) {
		lf := string(appendLower(nil, f))
		if lx.joinWords[lf] && w.n > 0 && !pendingJoin {
			pendingJoin = true
			continue
		}
		if pendingJoin {
			w.join = true
		}
		pendingJoin = false
		if !lx.addWord(&w, lf) {
			return 0, false
		}
		if w.value() > 1e12 {
			return 0, false
		}
	}
	if pendingJoin || w.n == 0 || w.value() == 0 {
		return 0, false
	}
	return w.value(), true
}
