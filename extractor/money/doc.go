// Package money finds amounts of money in text and normalizes them to an
// exact decimal and an ISO 4217 currency code. It owns recognition and
// normalization for every language the product reads; it does not detect the
// language (the caller passes it, see extractor/lang), does not tokenize for
// other taggers and knows nothing of names (extractor/ner) or documents.
//
// # How Find works
//
// One pass splits the text into tokens (numbers with their inner separators,
// words, currency signs, punctuation) with byte and code-point offsets. Only
// tokens that can start an amount are looked at further: numbers, currency
// signs, a minus sign, code-like words ("USD", "US" before "$", "Fr.", "kr")
// and number words of the language ("two", "fünf", "mil"). Around such an
// anchor a small parser reads
//
//	[sign] [currency before] number [scale...] [range] [connector] [currency after]
//
// and keeps the expression only when it names a currency, or, for an amount
// of a million or more written without one, when it compares with the
// amount before it in the same sentence, whose currency it takes ("4.8
// billion euros, from 4.3 billion a year earlier"; "nach 1,4 Milliarden im
// Vorjahr"; "di cui 4,5 miliardi in titoli"): a word of comparison stands
// between the two, with only articles, prepositions and the names of sums
// (profit, Gewinn, bénéfice) beside it; "after" alone needs a sum named or
// an earlier period after the amount; the two are within a factor of 100;
// and no noun it could count follows it ("from 300 million customers" is no
// money). Its confidence is 0.6. No regular expressions run over the text.
//
// # Spans
//
// Start and End are code-point offsets into the text, End exclusive. The
// span covers the whole expression: sign, currency, number, scale words,
// connector and currency name ("-$2.3 billion", "1,5 Mio. Euro",
// "3,2 milliards d'euros", "$5-6 million", "500 bin dolarlık"). A period
// that belongs to an abbreviation ("Mio.", "Mrd.", "Fr.", "руб.", "тыс.")
// is part of the span even at the end of a sentence; after "kr", "Rs" and "mld" it
// is taken only when the sentence goes on. Turkish suffixes after an
// apostrophe stay outside ("3,5 milyon TL'ye" spans "3,5 milyon TL"); suffixes
// written into the word stay inside ("dolarlık", "liraya").
//
// The word that opens a range ("from", "von", "od", "от", "від", "entre")
// stays outside its span: "od 500 do 600 mln zł" spans "500 do 600 mln zł".
//
// Approximation words (about, rund, environ, circa, около, yaklaşık...) are
// left outside the span and do not change the amount or the confidence: the
// writer's vagueness is not an error of reading.
//
// # Amounts
//
// Amount and AmountMax are exact decimals, computed from the digits without
// floating point: plain digits, a "." before the fraction, no trailing zeros
// after the point and no point for whole values ("0.5", not "0.50";
// "590000", not "590000.00"); a leading "-" for a negative amount, also for
// a written "minus" (minus, минус, мінус; not between two amounts: "100 Euro
// minus 5 Euro" is two amounts, and not "moins", "menos", which also mean
// less than), which is then part of the span, and for a number in brackets
// right after a currency sign, as accounts write losses ("$(4.5) million"). The same
// string is used in Canonical ("590000 USD") and Key ("money:USD:590000").
// Subunits are converted: "50 cents" is 0.5 USD, "99 Cent" 0.99 EUR,
// "50 groszy" 0.5 PLN. Scale words follow the language: "Billion" is 10^12
// in German and French text, 10^9 in English; "mil millones" and
// "mil milhões" are 10^9; "20mila" is 20000; "Rs 500 crore" is 5*10^9.
// Whole parts of smaller scales after a scaled amount add to it: "1 трлн
// 200 млрд рублей" is 1.2*10^12, "2 billion 300 million dollars" 2.3*10^9,
// "1 млн 500 тыс." 1500000 (each part below the step to the scale above).
// Spelled-out numbers (numwords.go) are read by a parser per language that
// cuts a word into number atoms and adds them up: compounds written as one
// word ("siebenhundertfünfzig", "vijfentwintig", "duecentocinquanta",
// "tvåhundra", "quatre-vingt-dix"), words joined by "and", "y", "e", "et"
// ("two hundred and fifty", "cuarenta y cinco", "vingt et un"), hundreds
// written as one word ("doscientos", "двести", "dwieście"), Slavic forms
// ("двух", "pięciu"), thousands ("mil quinientos", "zweitausend"); "five
// six" and "twenty thirty" are refused. An article counts as one before a
// currency name ("a dollar", "einen Euro", "un dollar"), and Polish and
// Russian write a scale alone ("milion złotych", "миллион рублей"). Halves:
// "half a million", "zweieinhalb Milliarden", "medio millón", "un millón y
// medio", "półtora miliona", "полмиллиона", "bir buçuk milyon". Quarters in
// English: "a quarter of a million" (250000), "a quarter million", "three
// quarters of a billion", "three-quarters of a billion";
// other fractions ("a third of a million") are not read, nor is the "a
// million" after them.
//
// "Two and a half million" is 2.5 million ("twee en een half miljoen",
// "zwei und eine halbe Million"), never "a half million" alone.
//
// The rupee: "Rs", "रु", "ರೂ", "ரூ" before the number (Sinhala "රු" is Sri
// Lanka's), the names after it ("rupees", "रुपये", "ரூபாய்"); India's, but
// Nepal's in Nepali text, Pakistan's in Urdu, Sri Lanka's in Sinhala, and
// in any language the rupee of the one country among India, Sri Lanka,
// Nepal and Pakistan that the text names (Colombo, कोलम्बो, Kathmandu,
// नेपाल, Karachi); "Sri Lankan rupees", LKR, PKR, NPR name theirs.
// Bengali's টাকা is Bangladesh's taka and, in West Bengal, the rupee: BDT,
// unless the text names India (ভারত, কলকাতা, পশ্চিমবঙ্গ) and not Bangladesh
// (বাংলাদেশ, ঢাকা), with a lower confidence when it names neither. "Tk" and
// "taka" in English text are Bangladesh's.
//
// A unit and its subunit are one amount (subunit.go): "3 dollars and 99
// cents", "15 рублей 30 копеек", "GBP 3 and 1 penny", "1 USD 23 cents"; the
// subunit's name may be left out after a currency name ("zwei Euro
// fünfzig", "25 euros con 50", "3 euro e 50.") or a sign ("3 € 50.").
//
// Chinese, Japanese and Korean (cjk.go): each Han, kana or Hangul character
// is a token; digits or CJK numerals ("三百万", "一亿五千万") take scales
// glued after them (万 億 亿 兆, 만 억 조: "500万美元", "3億円", "1万2000円",
// "500만 원") and a name or sign (元 円 圓 美元 欧元 日元 人民币 港元 ドル
// ユーロ 원 달러...); fullwidth digits and signs ("５００万円", "￥5,000")
// are read too. Arabic and Hebrew names and scales ("3 ملايين يورو", "5
// מיליון שקל") need no language either.
//
// A range ("$5-6 million", "5 bis 6 Milliarden Euro", "2 à 3 milliards
// d'euros", "от 30 до 50 тыс. рублей") gives the lower bound in Amount and
// the upper in AmountMax; a lower bound without a scale word takes the
// upper bound's scale when it is smaller ("5-6 billion", not
// "500,000-1 million"). Canonical and Key write a range "lo..hi".
// After "between" (zwischen, entre, tra, tussen, między, между, mellan)
// "and" joins a range too: "between $5 and $6 million" is 5000000..6000000,
// never a bare 5 dollars.
//
// # Separators
//
// Spaces (normal, no-break U+00A0, narrow U+202F, thin U+2009) and
// apostrophes (' and ’) only group thousands, and only before exactly
// three digits. For '.' and ',':
//
//  1. Both present: the last one is the decimal mark ("1.234,56",
//     "1,234.56"); it must occur once.
//  2. The same one twice or more: thousands ("1.000.000"); groups must have
//     three digits, else it is not a number ("12.03.2024" is a date).
//  3. Once, followed by other than three digits, or after a group of more
//     than three digits or a lone 0: decimal mark ("1,5", "4.50", "0.500").
//  4. Once, followed by exactly three digits ("1.500", "590,000"): the
//     currency or the language decides. Currencies without a minor unit
//     (JPY, KRW, VND, CLP, ISK, HUF...) never have three decimals, so
//     "450,000 yen" is 450000 in every language; euros with one point
//     before "000" or after two digits or more ("€1.000", "€15.990") are
//     thousands even in English, where "€1.899" a litre stays a fraction.
//     Otherwise the language decides. Languages that write a decimal comma (de, fr, es, it,
//     pt, nl, pl, ru, sv, tr, ...) read '.' as thousands and ',' as decimal;
//     English (and other decimal-point languages) the reverse. So
//     "590.000 Dollar" in German is 590000 and "$1.500" in English is 1.5.
//     For an unknown language ("und") both are read as thousands ("1.500 €"
//     is 1500), since amounts with exactly three decimals are rare.
//
// The number's confidence is 1 for rules 1–3, 0.9 for rule 4 with a known
// language and 0.7 with an unknown one.
//
// # Currencies
//
// Signs (every sign of Unicode category Sc with an ISO currency, "20 €ur"
// too), ISO codes (a curated list of common codes in capitals, each valid
// for golang.org/x/text/currency; words like "ALL" or "TOP" are left out),
// prefixed dollars (US$, C$, CA$, A$, HK$, NZ$, S$, MX$, R$..., also lower
// case and spaced as tokenized text writes them: "c $ 16.4 million",
// "hk $ 10"; ISO-prefixed "usd$ 15"; after the number "3.14US$"), a code
// before the scale ("75 USD millones"), and currency names in
// all the supported languages are read, with inflections for Russian, Polish
// and Turkish and adjectives ("dollars canadiens", "norska kronor",
// "US-Dollar"). Some are ambiguous and are decided from the language and the
// whole document:
//
//   - "$" in Spanish text about exactly one of Mexico, Argentina, Chile or
//     Colombia is that country's peso (0.6): their papers write the dollar
//     "US$", "u$s" or "dólares".
//   - "$" and "dollar(s)": USD, unless the document marks exactly one other
//     dollar explicitly ("C$", "Australian dollars", "CAD") and never USD
//     (confidence 0.7), or talks about exactly one dollar country other than
//     the US (Canada, Québec, Australia...) and not about the US (0.55).
//   - "kronor", "Kronen", "kr": SEK in Swedish, NOK in Norwegian, DKK in
//     Danish, ISK in Icelandic, CZK in Czech text; elsewhere the country the
//     document talks about, else SEK with confidence 0.4.
//   - "francs", "Franken", "Fr.": CHF when the document talks about
//     Switzerland or is German or Italian; FRF in French text that mentions a
//     year from 1960 to 2001 and not Switzerland; else CHF with 0.6.
//     "francs CFA" is XOF.
//   - "pesos": the country the document talks about (MXN, ARS, CLP, COP,
//     PHP), else MXN with 0.4.
//   - "¥": JPY, or CNY in a text about China and not Japan.
//   - "lira": TRY; Italian "lire" is the old ITL.
//   - "cents": a hundredth of the resolved dollar in English, of the euro
//     in other languages.
//   - "pounds", "Pfund": GBP; in English a number of pounds without a scale
//     word is only money in a document about Britain ("lost 20 pounds" is a
//     weight); in other languages it is kept with confidence lowered by 0.8.
//     "livres", "libras", "pond" (also books and weights) need a scale word
//     or a document about Britain; "pounds sterling", "sterline", "фунтов",
//     "quid" need nothing. "¥" is CNY in Chinese text.
//   - "won": KRW, but in English only after a scale word or a number with
//     separators ("in 1966 won the cup" is a verb).
//   - "marks", "Mark": the old DEM, in German text, with a scale word, or in
//     a document about Germany ("5 marks out of 10" is not money).
//   - "frank" in Dutch, "francs" in a Belgian document: BEF when a year
//     before the euro is mentioned.
//
// Pre-euro currencies are read for archives: DEM, FRF, BEF, NLG, ESP, ITL,
// ATS, PTE, GRD, IEP, FIM. "1080p" is a video format, not pence.
//
// Every result is validated with golang.org/x/text/currency.
//
// # Confidence
//
// Confidence (0..1) estimates that the span is money and that amount and
// currency are read right. It is the product of the currency's certainty
// (0.95 for an unambiguous sign, code or name; the values above for
// ambiguous ones), the number's (see Separators), 0.9 for spelled-out
// numbers (0.7 when the number is an article: "a dollar"), 0.85 for a
// subunit without its name ("zwei Euro fünfzig"), and 0.95 when the language
// is unknown, rounded to two decimals. An ISO code next to digits is the
// surest writing: its certainty is raised by 4% (at most 1).
//
// # What is not money
//
// A number needs a currency next to it: bare numbers, years, percentages
// ("5%"), scores ("3-1", "2:0"), dates ("12.03.2024"), phone numbers and
// model numbers ("A321neo", "XR-200", "Fiat 126p": a number glued to a word
// that is not a scale or currency) are skipped. An amount written without a
// currency ("ganó 1.230 millones") is not reported. Outside German, a
// capitalized currency word followed by a capitalized word is a name
// ("Formula 3 Euro Series"), and "50 Cent" is the rapper, unless the text
// around is in title case. Russian "р." and similar signs count only after
// the number ("р.1978" is "born 1978"); Polish "złote" next to medals is
// "golden".
package money
