package resolve

import "strings"

// givenGroups are given names whose spellings differ by more than the
// phonetic key absorbs: transliterations of one Russian, Ukrainian, Greek or
// Arabic name, the Ukrainian and Belarusian forms of Russian names that the
// press uses for the same person (Volodymyr/Vladimir, Oleksandr/Aleksandr,
// Dmytro/Dmitry), and the few Western equivalents it uses
// (Alexander/Aleksandr). The first spelling names the group in keys.
// Variants that phonetic() already makes equal (Dennis/Denis, Sergei/Sergey,
// Yuri/Juri) need no entry.
var givenGroups = [][]string{
	{"Alexander", "Aleksandr", "Alexandr", "Aleksander", "Alexandre", "Alexandros", "Александр", "Αλέξανδρος",
		"Oleksandr", "Olexandr", "Oleksander", "Aliaksandr", "Aljaksandr", "Олександр", "Аляксандр"},
	{"Mikhail", "Michail", "Mihail", "Mikhael", "Mijail", "Michael", "Mikhaïl", "Michał", "Михаил", "Mykhailo", "Mychajlo", "Михайло"},
	{"Dmitry", "Dmitri", "Dimitri", "Dimitry", "Dmitrij", "Dmitriy", "Dimitrij", "Дмитрий", "Dmytro", "Дмитро"},
	{"Pyotr", "Petr", "Pjotr", "Piotr", "Pëtr", "Пётр", "Petro", "Петро"},
	{"Fyodor", "Fedor", "Fjodor", "Fiodor", "Fëdor", "Фёдор"},
	{"Yevgeny", "Evgeny", "Jewgeni", "Evgueni", "Evgeni", "Yevgeni", "Evgenij", "Jevgenij", "Евгений", "Yevhen", "Jewhen", "Ievgen", "Євген"},
	{"Aleksey", "Alexei", "Aleksei", "Alexey", "Alexej", "Aleksej", "Alexeï", "Алексей", "Oleksiy", "Oleksii", "Oleksij", "Олексій"},
	{"Nikolai", "Nikolay", "Nikolaj", "Nicolai", "Nicolaï", "Николай", "Mykola", "Микола"},
	{"Andrei", "Andrey", "Andrej", "Andreï", "Андрей", "Andriy", "Andrii", "Andrij", "Андрій"},
	{"Matvei", "Matvey", "Matwei", "Матвей"},
	{"Ilya", "Ilja", "Ilia", "Iliya", "Илья"},
	{"Vyacheslav", "Viacheslav", "Wjatscheslaw", "Viatcheslav", "Вячеслав"},
	{"Yekaterina", "Ekaterina", "Jekaterina", "Ekaterina", "Iekaterina", "Екатерина"},
	{"Sergei", "Sergey", "Sergej", "Serguei", "Sergueï", "Сергей", "Serhiy", "Serhii", "Serhij", "Сергій"},
	{"Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad", "Muhamed", "Мухаммед", "محمد"},
	{"Ahmed", "Ahmad", "Achmed", "Akhmed", "Ахмед"},
	{"Abdullah", "Abdallah", "Abdulla", "Абдулла"},
	{"Yusuf", "Youssef", "Yousef", "Jussuf", "Yussuf", "Юсуф"},
	{"Hussein", "Husain", "Hussain", "Husayn", "Hossein", "Husein", "Хусейн"},
	{"Iosif", "Joseph", "Josef", "Józef", "Иосиф"},
	{"Lev", "Leo", "Leon", "Лев"},
	// Russian and Ukrainian forms of one name, both used for one person
	// (Владимир and Володимир Зеленский)
	{"Vladimir", "Volodymyr", "Wolodymyr", "Volodimir", "Wladimir", "Vladimír", "Владимир", "Володимир", "Уладзімір"},
	// the Russian transliteration of the French name
	{"Christine", "Кристин"},
	{"Georgios", "Giorgos", "Yorgos", "Γιώργος", "Γεώργιος"},
	{"Konstantinos", "Kostas", "Costas", "Κωνσταντίνος"},
}

// givenIndex maps the phonetic key of every spelling in givenGroups to the
// group's key.
var givenIndex = func() map[string]string {
	m := make(map[string]string)
	for _, g := range givenGroups {
		id := phonetic(latin(g[0]))
		for _, v := range g {
			m[phonetic(latin(v))] = id
		}
	}
	return m
}()

// givenKey is the tolerant key of a given name: its phonetic key, replaced by
// the group key when the name is one of givenGroups. A hyphenated name keys
// its first part (Jean-Claude: Jean).
func givenKey(w string) string {
	// a hyphenated given name is keyed by its first part, as a spaced one
	// is (middle names are left out): "Jean-Pierre Raffarin" = "Jean Pierre
	// Raffarin", which had two keys, so a later bare "Raffarin" linked to
	// neither (an audit)
	if first, _, ok := strings.Cut(w, "-"); ok && first != "" {
		w = first
	}
	k := phonetic(latin(w))
	if id, ok := givenIndex[k]; ok {
		return id
	}
	return k
}
