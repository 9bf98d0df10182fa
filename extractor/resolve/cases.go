package resolve

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Russian and Ukrainian full names in an oblique case (Дениса Квасова,
// Анной Лебедевой, Тараса Мельника) are put back into the nominative before
// they are keyed, so that one person has one key across documents whatever
// the case of each mention. The given name tells the case and the gender: it
// must be an oblique form of a name in givenNames (and, if it is itself a
// given name as written, the family name must rule that reading out, as in
// Богдана Ткаченка). The family name and a patronymic are then declined back
// by the endings of their gender. Names whose given name is not in the list
// are left as written; within a document linkCaseForms still joins them.

// givenNames are common given names in the nominative (ё written as е), with
// true for female names: by language, as the cases differ (Russian Петра is
// Пётр, Ukrainian Петра is Петро).
var givenNames = map[string]map[string]bool{
	"ru": listNames(
		`Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артем Артур Богдан Борис Вадим Валентин Валерий
		Василий Вениамин Виктор Виталий Владимир Владислав Всеволод Вячеслав Гавриил Геннадий Георгий Герман Глеб
		Григорий Даниил Данила Денис Дмитрий Евгений Егор Захар Иван Игорь Илья Кирилл Константин Кузьма Лев Леонид
		Лука Максим Марат Марк Матвей Михаил Никита Николай Олег Павел Петр Платон Ринат Роман Руслан Рустам Савва
		Святослав Семен Сергей Станислав Степан Тимофей Тимур Федор Филипп Фома Эдуард Эльдар Юрий Ян Яков Ярослав`,
		`Александра Алина Алла Анастасия Анжела Анна Антонина Валентина Валерия Василиса Вера Вероника Виктория
		Виолетта Владислава Галина Дарья Диана Ева Евгения Екатерина Елена Елизавета Жанна Зинаида Злата Зоя Инна
		Ирина Карина Кира Клавдия Кристина Ксения Лариса Лидия Лилия Людмила Маргарита Марина Мария Милана Надежда
		Наталия Наталья Нина Оксана Ольга Полина Раиса Римма Светлана Снежана София Софья Станислава Тамара Татьяна
		Ульяна Эльвира Эмилия Юлия Яна Ярослава`),
	"uk": listNames(
		`Анатолій Андрій Антон Артем Богдан Вадим Валентин Валерій Василь Віктор Віталій Владислав Володимир
		Всеволод Геннадій Григорій Денис Дмитро Євген Іван Ігор Кирило Костянтин Леонід Любомир Максим Микита
		Микола Мирослав Михайло Назар Олег Олександр Олексій Орест Остап Павло Петро Роман Руслан Святослав Сергій
		Станіслав Степан Тарас Тимофій Федір Юрій Яків Ярослав`,
		`Алла Анастасія Анна Богдана Валентина Віра Вікторія Галина Ганна Дарина Дарія Євгенія Зоряна Ірина Катерина
		Лариса Леся Лідія Любов Людмила Мар'яна Марія Марина Мирослава Надія Наталія Наталя Ніна Оксана Олександра
		Олена Ольга Світлана Соломія Софія Станіслава Тамара Тетяна Уляна Христина Юлія Ярослава`),
}

func listNames(male, female string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(male) {
		m[n] = false
	}
	for _, n := range strings.Fields(female) {
		m[n] = true
	}
	return m
}

// givenCases are the case endings of given names, longest first: what a
// nominative that takes the ending adds to the stem (Денис-, Анн-а, Мари-я,
// Серге-й, Игор-ь, Петр-о), and the endings a family name may then have in
// the same case, for a man and for a woman (Дениса Квасова, Анны Лебедевой).
var givenCases = []struct {
	ending       string
	adds         []string
	male, female []string
}{
	{"ові", []string{"", "о"}, []string{"ові", "у"}, nil},
	{"еві", []string{"ь"}, []string{"ові", "еві", "у", "ю"}, nil},
	{"єві", []string{"й"}, []string{"ові", "еві", "у", "ю"}, nil},
	{"ою", []string{"а"}, []string{"им", "ом"}, []string{"ою", "ой"}},
	{"ею", []string{"я"}, nil, []string{"ою", "ой"}},
	{"єю", []string{"я"}, nil, []string{"ою"}},
	{"ом", []string{"", "о"}, []string{"ым", "им", "ом"}, nil},
	{"ем", []string{"й", "ь", ""}, []string{"ым", "им", "ом", "ем"}, nil},
	{"єм", []string{"й"}, []string{"им", "ом", "ем"}, nil},
	{"ой", []string{"а"}, []string{"ым", "им", "ом", "ем"}, []string{"ой", "ою"}},
	{"ей", []string{"я"}, []string{"ым", "им", "ом", "ем"}, []string{"ой", "ою"}},
	{"а", []string{"", "о"}, []string{"а", "я", "ого"}, nil},
	{"я", []string{"й", "ь"}, []string{"а", "я", "ого"}, nil},
	{"у", []string{"", "а", "о"}, []string{"у", "ю", "ому", "ові"}, []string{"у", "ую"}},
	{"ю", []string{"й", "ь", "я"}, []string{"у", "ю", "ому", "ові", "еві"}, []string{"у", "ую"}},
	{"е", []string{"", "а", "я", "й", "ь"}, []string{"е", "ом", "у", "ому"}, []string{"ой"}},
	{"і", []string{"", "а", "о", "я"}, []string{"і", "ові", "ому", "ім", "у"}, []string{"ій", "ої"}},
	{"ї", []string{"я"}, nil, []string{"ої", "ій"}},
	{"ы", []string{"а"}, []string{"а", "я", "ого"}, []string{"ой"}},
	{"и", []string{"а", "я", "й"}, []string{"а", "я", "ого", "е", "ом"}, []string{"ой", "ої", "ій"}},
}

// caseReading is a given name read as an oblique case form.
type caseReading struct {
	given  string // the nominative
	female bool
	family []string // the endings a family name may have in this case
}

// obliqueGiven returns the readings of the given name g as a case form of a
// known name, most likely first.
func obliqueGiven(g string, names map[string]bool) []caseReading {
	var out []caseReading
	g = strings.ReplaceAll(g, "ё", "е")
	for _, c := range givenCases {
		stem, ok := strings.CutSuffix(g, c.ending)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		cands := make([]string, 0, 8)
		for _, add := range c.adds {
			cands = append(cands, stem+add)
		}
		// a vowel that only the nominative has: Павла -> Павел, Льва ->
		// Лев, Ukrainian Федора -> Федір
		if r, n := utf8.DecodeLastRuneInString(stem); n > 0 && !isVowelRune(r) && slices.Contains(c.adds, "") {
			head := stem[:len(stem)-n]
			cands = append(cands, head+"е"+string(r))
			if h, ok := strings.CutSuffix(head, "ь"); ok {
				cands = append(cands, h+"е"+string(r))
			}
			if h, ok := strings.CutSuffix(head, "о"); ok {
				cands = append(cands, h+"і"+string(r))
			}
		}
		for _, w := range cands {
			female, ok := names[w]
			if !ok {
				continue
			}
			fam := c.male
			if female {
				fam = c.female
			}
			if fam == nil {
				continue
			}
			out = append(out, caseReading{w, female, fam})
		}
	}
	return out
}

func isVowelRune(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ", r)
}

// femaleNominative reports whether w may be a woman's family name in the
// nominative: the feminine endings, or a name that does not decline
// (Шевчук, Кравченко, Черных).
func femaleNominative(w string) bool {
	for _, e := range []string{"ова", "ева", "ёва", "єва", "ина", "ына", "іна", "їна", "ая", "ька", "ська", "вна", "чна"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	return !strings.ContainsRune("аяуюыиіїеєй", r) || indeclinable(w, true)
}

// nominativeName returns the words of a full name (given name, optional
// patronymic, family name; Cyrillic) in the nominative, or the words as they
// are if the given name is no oblique form of a known name.
func nominativeName(toks []string, lang string) []string {
	if westNames[lang] != nil {
		return westNominative(toks, lang)
	}
	names := givenNames[lang]
	if names == nil || len(toks) < 2 || len(toks) > 3 {
		return toks
	}
	for _, t := range toks {
		if !isCyrillicWord(t) || !startsUpper(t) {
			return toks
		}
	}
	fam := toks[len(toks)-1]
	g := strings.ReplaceAll(toks[0], "ё", "е")
	if female, known := names[g]; known {
		// a given name as written (Валентина, Богдана): the oblique reading
		// of another name only if the family name cannot be a woman's
		// nominative (Богдана Ткаченка) and the name as written is one
		if !female || femaleNominative(fam) {
			return toks
		}
	}
	// the reading whose case the family name shows (Валентине Терешковой:
	// Валентина, not Валентин); failing that, the first, if the family
	// name is one that does not decline (Ольгу Кравченко)
	var rd caseReading
	declined := false
	for i, r := range obliqueGiven(toks[0], names) {
		if slices.ContainsFunc(r.family, func(e string) bool { return strings.HasSuffix(fam, e) }) ||
			len(toks) == 2 && nominativePatronymic(fam, r.female) != fam {
			rd, declined = r, true
			break
		}
		if i == 0 && indeclinable(fam, r.female) {
			rd = r
		}
	}
	if rd.given == "" || rd.given == g {
		return toks
	}
	out := make([]string, len(toks))
	out[0] = restoreYo(rd.given, lang)
	last := len(toks) - 1
	out[last] = fam
	if len(toks) == 3 {
		out[1] = nominativePatronymic(toks[1], rd.female)
	}
	switch {
	case !declined:
	case len(toks) == 2 && nominativePatronymic(fam, rd.female) != fam:
		out[last] = nominativePatronymic(fam, rd.female) // Марии Фёдоровны
	case rd.female:
		out[last] = nominativeFemaleFamily(fam)
	default:
		var ok bool
		if out[last], ok = nominativeMaleFamily(fam, lang); !ok {
			return toks
		}
	}
	return out
}

// indeclinable reports whether a family name looks like one that keeps its
// form in every case, for a woman or a man: Кравченко, Саакашвили, Черных,
// Шойгу; a woman's Шевчук. (It is asked only when the name does not show
// the case of the given name: Сергея Шойгу, not Сергею Квасову.)
func indeclinable(w string, female bool) bool {
	for _, e := range []string{"ых", "их"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	if strings.ContainsRune("оеєиіэу", r) {
		return true
	}
	if !female || isVowelRune(r) {
		return false
	}
	// a woman's name that ends in a consonant (Кравець), but not a
	// feminine case ending (Лебедевой, Ковальській)
	return !slices.ContainsFunc([]string{"ой", "ій", "ей"}, func(e string) bool { return strings.HasSuffix(w, e) })
}

// restoreYo writes ё where Russian names have it (Пётр, Артём, Семён, Фёдор).
func restoreYo(g, lang string) string {
	if lang != "ru" {
		return g
	}
	switch g {
	case "Петр":
		return "Пётр"
	case "Артем":
		return "Артём"
	case "Семен":
		return "Семён"
	case "Федор":
		return "Фёдор"
	}
	return g
}

// replaceEnding replaces the first of endings that w ends in, after a stem of
// at least two letters that ends in one of stems (any stem if stems is nil),
// with add; ok is false if none applies.
func replaceEnding(w string, endings, stems []string, add string) (string, bool) {
	for _, e := range endings {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		if stems == nil {
			return stem + add, true
		}
		for _, s := range stems {
			if strings.HasSuffix(stem, s) {
				return stem + add, true
			}
		}
	}
	return w, false
}

var (
	possessiveStems = []string{"ов", "ев", "ёв", "єв", "ин", "ын", "ін", "їн"}
	adjectiveStems  = []string{"ск", "цк", "ськ", "цьк"}
)

// nominativeMaleFamily declines a man's family name from an oblique case
// back to the nominative: Квасова, Квасову, Квасовым -> Квасов; Ковальского
// -> Ковальский; Мельника -> Мельник; Ukrainian Шевченком -> Шевченко.
func nominativeMaleFamily(w, lang string) (string, bool) {
	if s, ok := replaceEnding(w, []string{"ого", "ому", "им", "ом"}, []string{"ск", "цк"}, "ий"); ok {
		return s, true
	}
	if s, ok := replaceEnding(w, []string{"ого", "ому", "им", "ім"}, []string{"ськ", "цьк"}, "ий"); ok {
		return s, true
	}
	if s, ok := replaceEnding(w, []string{"ым", "им", "ові", "а", "у", "е", "і"}, possessiveStems, ""); ok {
		return s, true
	}
	if _, ok := replaceEnding(w, []string{"ого", "ему", "ому", "ым", "им"}, nil, ""); ok {
		// an adjective (Толстого, Грозного): Толстой or Толстый, which
		// the endings do not tell
		return w, false
	}
	if lang == "uk" {
		// -енко and -ко decline in Ukrainian: Шевченка, Шевченкові, Шевченком
		if s, ok := replaceEnding(w, []string{"ові", "ом", "а", "у"}, []string{"нк"}, "о"); ok {
			return s, true
		}
	}
	if s, ok := replaceEnding(w, []string{"ем", "еві", "я", "ю"}, nil, ""); ok {
		// a soft stem: Гоголя -> Гоголь; after a vowel, й: Бугая -> Бугай
		r, _ := utf8.DecodeLastRuneInString(s)
		switch {
		case isVowelRune(r):
			return s + "й", true
		case strings.ContainsRune("жшщчц", r):
			return s, true // Шемячичем -> Шемячич
		}
		return s + "ь", true
	}
	if s, ok := replaceEnding(w, []string{"ові", "ом", "а", "у", "е", "і"}, nil, ""); ok {
		r, _ := utf8.DecodeLastRuneInString(s)
		if !isVowelRune(r) && r != 'ь' && r != 'й' {
			return s, true
		}
	}
	return w, false
}

// nominativeFemaleFamily declines a woman's family name back to the
// nominative: Лебедевой, Лебедеву -> Лебедева; Ковальской -> Ковальская;
// Ukrainian Ковальської -> Ковальська. Other names do not decline.
func nominativeFemaleFamily(w string) string {
	if s, ok := replaceEnding(w, []string{"ой", "ою", "ую"}, []string{"ск", "цк"}, "ая"); ok {
		return s
	}
	if s, ok := replaceEnding(w, []string{"ої", "ій", "ою", "у"}, []string{"ськ", "цьк"}, "а"); ok {
		return s
	}
	if s, ok := replaceEnding(w, []string{"ої", "ій", "ой", "ою", "у"}, possessiveStems, "а"); ok {
		return s
	}
	if s, ok := replaceEnding(w, []string{"ой", "ою", "ую"}, nil, "ая"); ok {
		return s // an adjective: Великой, Навальную -> Великая, Навальная
	}
	return w
}

// nominativePatronymic: Владимировича -> Владимирович, Сергеевной ->
// Сергеевна.
func nominativePatronymic(w string, female bool) string {
	if female {
		if s, ok := replaceEnding(w, []string{"ы", "е", "у", "ой", "ою", "и", "і"}, []string{"вн", "чн"}, "а"); ok {
			return s
		}
		return w
	}
	if s, ok := replaceEnding(w, []string{"а", "у", "ем", "е", "і", "еві"}, []string{"ич"}, ""); ok {
		return s
	}
	return w
}
