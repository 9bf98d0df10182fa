package resolve

import "testing"

func TestScratch(t *testing.T) {
	for _, s := range []string{"Dennis Kvasov", "Denis Kvasov", "Gorbachev", "Gorbatschow", "Горбачёв", "Müller", "Mueller", "Dennis Kozlov", "Herr Dr. Kvasov's", "Михаил Горбачёв", "Michail Gorbatschow", "Mikhail Gorbachev", "KVASOV Denis", "Kvasov, Denis", "Τσίπρας", "Αλέξης Τσίπρας", "Alexis Tsipras", "Bashar al-Assad", "Baschar al-Assad", "Jelzin", "Yeltsin", "Ельцин", "Dostoyevsky", "Dostojewski", "Достоевский", "Chruschtschow", "Khrushchev", "Хрущёв", "Poutine", "Putin", "Путин", "Selenskyj", "Zelensky", "Зеленський", "Vasiliev", "Vasilyev", "Wassiljew"} {
		n := Person(s, "de")
		t.Logf("%-25s %-25s %s", s, n.Canonical, n.Key)
	}
	for _, s := range []string{"EMI Group PLC", "EMI Group", "Apple, Inc.", "ООО «Ромашка»", "Deutsche Bank AG", "Fiat S.p.A.", "Volvo AB (publ)", "McDonald's", "The Walt Disney Company"} {
		n := Organization(s, "en")
		t.Logf("%-25s %-25s %-30s %s", s, n.Canonical, n.Key, n.LegalForm)
	}
}
