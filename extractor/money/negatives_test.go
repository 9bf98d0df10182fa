package money

import "testing"

// TestNegatives: years, percentages, phone numbers, dates, scores, version
// numbers and currency words that are not amounts, in every language.
func TestNegatives(t *testing.T) {
	negatives := map[string][]string{
		"en": {"Sales grew 7% in 2021.", "Call 020 7946 0958 today.", "The meeting moved to 03/04/2025.",
			"Leeds beat Hull 2-1 on Saturday.", "Version 3.2.1 fixes the bug.", "Five euro-zone countries agreed.",
			"He lost 20 pounds over the summer.", "The dollar rose against the yen.", "Five of them came in 1999.", "In 1966 won the cup.", "Exporters fear a strong dollar.", "The baby weighs eight pounds."},
		"de": {"Der Umsatz stieg 2023 um 4,5 Prozent.", "In 5 Euro-Ländern gilt die Regel.", "Tel. 089 123456 78",
			"Am 12.05.2024 endete die Frist.", "Bayern siegte 3:0 in Mainz.", "Das Update 2.4.1 ist da.",
			"Der Euro fiel auf ein Jahrestief.", "Zwei Kinder spielten im Garten."},
		"fr": {"Le chômage a baissé de 0,3 % en 2022.", "Appelez le 06 12 34 56 78.", "Le 14/07/2023 était férié.",
			"Lyon a battu Nice 2-0.", "La version 10.4 est sortie.", "Cinq pays de la zone euro ont voté.",
			"Deux enfants et trois chiens.", "Il a acheté 5 livres d'occasion.", "Ils ont avancé de cent et deux cents mètres."},
		"es": {"El paro bajó un 2,1% en 2023.", "Llame al 91 123 45 67.", "El 12/10/2022 fue festivo.",
			"El Betis ganó 2-1 al Sevilla.", "La versión 5.1 corrige errores.", "Cinco países del euro firmaron.",
			"Tres niños y dos perros.", "Japón no quiere un yen fuerte."},
		"it": {"Il PIL è cresciuto dello 0,9% nel 2023.", "Chiamare il 02 1234 5678.", "Il 25/04/2024 è festa.",
			"La Roma ha vinto 3-1.", "La versione 2.0.3 è stabile.", "Due bambini e tre cani."},
		"pt": {"A inflação foi de 4,6% em 2023.", "Ligue para (11) 91234-5678.", "Em 07/09/2022 houve desfile.",
			"O Santos venceu por 2-0.", "A versão 1.2 saiu ontem.", "Dois filhos e três netos."},
		"nl": {"De inflatie was 3,8% in 2023.", "Bel 020 123 4567.", "Op 27-04-2024 is het Koningsdag.",
			"Ajax won met 4-1.", "Versie 2.1 is uit.", "Vijf eurolanden stemden in.", "Twee kinderen en drie honden.", "In 1990 won hij de race."},
		"pl": {"Inflacja wyniosła 6,6% w 2023 roku.", "Zadzwoń pod 22 123 45 67.", "Dnia 11.11.2023 było święto.",
			"Legia wygrała 2:1.", "Wersja 3.1 jest gotowa.", "Dwoje dzieci i trzy psy.", "Stracili tysiące złotych."},
		"ru": {"Инфляция составила 7,4% в 2023 году.", "Звоните по телефону 8 495 123-45-67.",
			"Встреча прошла 12.06.2024.", "«Зенит» победил 3:1.", "Версия 2.5 вышла вчера.", "Двое детей и три собаки.", "Потеряли тысячи долларов."},
		"sv": {"Inflationen var 2,3 procent 2024.", "Ring 08-123 456 78.", "Mötet hölls 2024-05-17.",
			"AIK vann med 2-1.", "Version 4.2 släpptes i dag.", "Två barn och tre hundar."},
		"tr": {"Enflasyon 2023'te yüzde 64 oldu.", "0212 123 45 67 numarayı arayın.", "Toplantı 29.10.2023'te yapıldı.",
			"Fenerbahçe 2-1 kazandı.", "Sürüm 1.4 çıktı.", "İki çocuk ve üç köpek."},
		"zh": {"2023年增长了5%。", "会议在3月5日举行。", "一个人走了三公里。", "这是一元化的管理。", "二元论是一种哲学。"},
		"uk": {"Інфляція сповільнилася до 6,5% у 2024 році.", "Телефонуйте 044 123 45 67.", "Засідання призначили на 12.05.2025.",
			"«Шахтар» переміг 3:1.", "Гривня зміцнилася щодо долара.", "Сто людей прийшли на мітинг.",
			"Він отримав три тисячі листів.", "У місті 1,4 млн мешканців."},
		"cs": {"Inflace klesla na 2,4 % v roce 2024.", "Volejte 221 123 456.", "Schůze se konala 12. 5. 2024.",
			"Slavia vyhrála 2:0.", "Koruna posílila vůči euru.", "Sto lidí přišlo na náměstí.", "Verze 4.2 je venku.",
			"Město má 1,3 milionu obyvatel a dvě stě ulic."},
		"da": {"Inflationen var 2,1 procent i 2024.", "Ring på 33 12 34 56.", "Mødet blev holdt 12.05.2024.",
			"Brøndby vandt 2-0.", "Kronen styrkedes over for euroen.", "To hundrede mennesker kom til mødet.",
			"Hun købte to bøger og en avis.", "Han har ondt i sit ene øre."},
		"no": {"Prisveksten var 3,1 prosent i 2024.", "Ring 22 12 34 56.", "Møtet ble holdt 12.05.2024.",
			"Molde vant 3-1.", "Kronekursen falt i går.", "To hundre mennesker møtte opp.",
			"Hun kjøpte to bøker og en avis.", "Kommunen har 700 000 innbyggere."},
		"ja": {"2024年に3%成長した。", "会議は5月3日に開かれた。"},
		"ko": {"2024년에 3% 성장했다.", "회의는 5월 3일에 열렸다.", "직원 500명이 회원 300명과 만났다."},
		// words that begin like a currency name or a scale word (an audit
		// of a version that read any such word as one: "27 यूरोपीय देश",
		// 27 European countries, was 27 EUR)
		"hi": {"मंत्री ने 6 यूरोपीय देशों की यात्रा की।", "मेले में 4 लाखों की भीड़ नहीं थी, 2 हज़ारों में एक था।"},
		"kn": {"ಈ ಹಾಡು 4 ರೂಪಗಳಲ್ಲಿ ಬಂದಿದೆ."},
		"ml": {"ഈ കഥ 2 രൂപങ്ങളിൽ പുറത്തിറങ്ങി."},
	}
	for lang, texts := range negatives {
		for _, s := range texts {
			if got := Find(s, lang); len(got) != 0 {
				t.Errorf("Find(%q, %s) = %+v, want no money", s, lang, got)
			}
		}
	}
}

// TestReadmeExample: common scales and signs do not depend on the detected
// language.
func TestReadmeExample(t *testing.T) {
	const s = "Maria Schmidt, Vorstand der Nordwind Energie AG, meldete 1,5 Mio. Euro Verlust."
	for _, lang := range append([]string{"und", "da", "xx"}, Languages...) {
		got := Find(s, lang)
		if len(got) != 1 || got[0].Amount != "1500000" || got[0].Currency != "EUR" || got[0].Text != "1,5 Mio. Euro" {
			t.Errorf("%s: %+v, want 1,5 Mio. Euro = 1500000 EUR", lang, got)
		}
	}
	for _, s := range []string{"$20", "3 €", "10 $ 30 $", "€20m", "500万美元", "₩30,000"} {
		for _, lang := range append([]string{"und"}, Languages...) {
			if len(Find(s, lang)) == 0 {
				t.Errorf("Find(%q, %s): no amount", s, lang)
			}
		}
	}
}
