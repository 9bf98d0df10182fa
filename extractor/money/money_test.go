package money

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Each case is {text, want}. want lists the expected amounts as
// "surface=canonical", separated by " | "; "" means no money at all.
type tcase struct{ text, want string }

var cases = map[string][]tcase{
	"en": {
		// a change verb and "from": two levels, not a range
		{"The fare rose from 12 to 14 euros, and parking cost from 3 to 4 euros.", "12=12 EUR | 14 euros=14 EUR | 3 to 4 euros=3..4 EUR"},
		{"Profit fell from 2 to 1.5 billion dollars.", "2=2000000000 USD | 1.5 billion dollars=1500000000 USD"},
		{"He sold it for half a million dollars.", "half a million dollars=500000 USD"},
		// a quarter of a scale; a third cannot be held exactly, and "a
		// million" alone after it would be three times too much
		{"The charity raised a quarter of a million dollars and three quarters of a billion euros.", "a quarter of a million dollars=250000 USD | three quarters of a billion euros=750000000 EUR"},
		{"About a third of a million dollars and two-thirds of a billion euros went missing.", ""},
		{"A quarter of the budget, 5 million dollars, was cut.", "5 million dollars=5000000 USD"},
		{"They paid a quarter million dollars; three-quarters of a billion euros went missing.", "a quarter million dollars=250000 USD | three-quarters of a billion euros=750000000 EUR"},
		{"About three-quarters of voters and a quarter of the staff agreed.", ""},
		// "two and a half" before a scale (an audit: 500000 from "a half
		// million")
		{"He paid one and a half million dollars, she two and a half billion euros.", "one and a half million dollars=1500000 USD | two and a half billion euros=2500000000 EUR"},
		// the rupee of the country the text is about, India's by default
		{"In Colombo a kilo of rice costs Rs. 150; the Central Bank of Sri Lanka set aside Rs 50 billion.", "Rs. 150=150 LKR | Rs 50 billion=50000000000 LKR"},
		{"Nepal Rastra Bank injected Rs 10 billion in Kathmandu; in Karachi bread costs Rs 10.", "Rs 10 billion=10000000000 INR | Rs 10=10 INR"},
		{"In Karachi bread rose to Rs 10 a piece.", "Rs 10=10 PKR"},
		{"India and Pakistan traded goods worth Rs 500 crore.", "Rs 500 crore=5000000000 INR"},
		{"The board paid LKR 2,500 and 3,000 Sri Lankan rupees to growers.", "LKR 2,500=2500 LKR | 3,000 Sri Lankan rupees=3000 LKR"},
		{"NPR 5 things to know, as NPR reported in 2024.", ""},
		// the taka, Bangladesh's ("Tk" as Bangladesh's English-language press writes it)
		{"The plot in Dhaka cost Tk 5,000 crore; farmers got 3 lakh taka and Tk.200 each.", "Tk 5,000 crore=50000000000 BDT | 3 lakh taka=300000 BDT | Tk.200=200 BDT"},
		{"It cost a million and a half dollars.", "a million and a half dollars=1500000 USD"},
		// a number and its scale in one hyphenated word (an audit: none was read)
		{"A half-million-dollar fine, a two-million-euro grant and a twenty-five-billion-dollar plan.", "half-million-dollar=500000 USD | two-million-euro=2000000 EUR | twenty-five-billion-dollar=25000000000 USD"},
		{"They paid a half-million dollars for a one-off, three-million-a-year deal.", "half-million dollars=500000 USD"},
		{"Siemens won a 500-million-dollar-contract.", "500-million-dollar=500000000 USD"},
		{"A half-million people and two-million-strong crowds marched at a five-star hotel.", ""},
		{"Tesla Raises 5 Billion Dollars In New Round", "5 Billion Dollars=5000000000 USD"},
		{"He toured with 50 Cent in 2005.", ""},
		{"She raced in the Formula 3 Euro Series.", ""},
		{"Prices rose to 5 Euro per share.", "5 Euro=5 EUR"},
		{"He won 5-6 million votes, not $5.", "$5=5 USD"},
		{"Polls gave him 5-6 million dollars worth of ads.", "5-6 million dollars=5000000..6000000 USD"},
		{"The deal is worth between $5 and $6 million.", "$5 and $6 million=5000000..6000000 USD"},
		{"Tickets cost between $25 and $40 and parking $10.", "$25 and $40=25..40 USD | $10=10 USD"},
		{"In 1996 the group earned 1.2 billion marks and 300 million guilders.", "1.2 billion marks=1200000000 DEM | 300 million guilders=300000000 NLG"},
		{"She got 5 marks out of 10.", ""},
		{"The Bundesbank paid 5 marks per share.", "5 marks=5 DEM"},
		{"In 1998 the French firm paid 20 million francs.", "20 million francs=20000000 FRF"},
		{"The lender in Sydney paid $45 million; it earned $3 million in Hong Kong.", "$45 million=45000000 AUD | $3 million=3000000 AUD"},
		{"Gold closed at $2,380 in Hong Kong.", "$2,380=2380 USD"},
		{"The ticket cost 12,000 lire in 1990.", "12,000 lire=12000 ITL"},
		{"In 2019 $5 million was raised.", "$5 million=5000000 USD"},
		{"He lost 20 pounds in a month.", ""},
		{"A 1080p screen costs $300.", "$300=300 USD"},
		{"Shares rose 5p to 250p.", "5p=0.05 GBP | 250p=2.5 GBP"},
		{"He bought 500 gr of flour and a 30 Ft boat.", ""},
		{"They bought a 1.5 million-dollar home.", "1.5 million-dollar=1500000 USD"},
		{"The budget is £1.5bn-£2bn, or $1.9bn.", "£1.5bn-£2bn=1500000000..2000000000 GBP | $1.9bn=1900000000 USD"},
		{"It costs $5 at the door.", "$5=5 USD"},
		{"It costs 5$ at the door.", "5$=5 USD"},
		{"It costs 5 $ at the door.", "5 $=5 USD"},
		{"Fares went from €3 to 3 € in May.", "€3=3 EUR | 3 €=3 EUR"},
		{"A pint is £12.50 in Soho.", "£12.50=12.5 GBP"},
		{"The figure sold for ¥300,000.", "¥300,000=300000 JPY"},
		{"The bond pays USD 5 per unit.", "USD 5=5 USD"},
		{"The fee is 5 EUR per night.", "5 EUR=5 EUR"},
		{"It raised US$2.5m last year.", "US$2.5m=2500000 USD"},
		{"Tickets start at A$40.", "A$40=40 AUD"},
		{"The insurer paid NZ$1.2 billion.", "NZ$1.2 billion=1200000000 NZD"},
		{"The flat went for S$500,000.", "S$500,000=500000 SGD"},
		{"The house sold for $590,000 in May.", "$590,000=590000 USD"},
		{"Each share was valued at $1.500 in the filing.", "$1.500=1.5 USD"},
		{"The invoice was $1,500.75 in total.", "$1,500.75=1500.75 USD"},
		{"The deal is worth $5-6 million.", "$5-6 million=5000000..6000000 USD"},
		{"Tickets cost $25-$40 each.", "$25-$40=25..40 USD"},
		{"Estimates ran from $5 million to $6 million.", "$5 million to $6 million=5000000..6000000 USD"},
		{"A stamp costs 50 cents more.", "50 cents=0.5 USD"},
		{"The candy bar was 75¢ in 1990.", "75¢=0.75 USD"},
		{"The levy adds 50p to a bag.", "50p=0.5 GBP"},
		{"She won two million dollars in the draw.", "two million dollars=2000000 USD"},
		{"He would not sell it for a million dollars.", "a million dollars=1000000 USD"},
		{"The fine was twenty-five dollars.", "twenty-five dollars=25 USD"},
		{"They paid five hundred dollars for it.", "five hundred dollars=500 USD"},
		{"Rent is $3k a month.", "$3k=3000 USD"},
		{"Debt stands at $2tn.", "$2tn=2000000000000 USD"},
		{"Revenue was 3.5 billion euros.", "3.5 billion euros=3500000000 EUR"},
		{"He left 1.2 million pounds to charity.", "1.2 million pounds=1200000 GBP"},
		{"The bank paid 1 million Swiss francs.", "1 million Swiss francs=1000000 CHF"},
		{"It raised 100 million Canadian dollars.", "100 million Canadian dollars=100000000 CAD"},
		// found by an audit: Reuters' "bln", India's "lakh crore" and "cr", hyphenated scales,
		// changes that are no ranges, currency areas and years, a dollar's sign after a bare "$"
		{"Apple to buy back $90 bln of stock.", "$90 bln=90000000000 USD"},
		{"GST collections hit ₹1.87 lakh crore in April, and the fund raised Rs 2,500 cr.", "₹1.87 lakh crore=1870000000000 INR | Rs 2,500 cr=25000000000 INR"},
		{"The company posted a $1.5-billion loss and took an $800-million loan.", "$1.5-billion=1500000000 USD | $800-million=800000000 USD"},
		{"Brent crude rose $1.50 to $82.30 a barrel.", "$1.50=1.5 USD | $82.30=82.3 USD"},
		{"Revenue climbed up $2 to $5 billion.", "$2=2000000000 USD | $5 billion=5000000000 USD"},
		{"He signed a €5m-a-year contract and a £200k-a-year deal with a $2m-plus bonus.", "€5m=5000000 EUR | £200k=200000 GBP | $2m=2000000 USD"},
		{"In 2023 euro zone inflation averaged 5.4%, and the 19 euro area members agreed.", ""},
		{"Costs in 2020 dollars rose, and he paid 2023 euros for the car.", "2023 euros=2023 EUR"},
		{"England reached the 2024 Euros final; a fine of 2000 euros, tickets for 2000 rupees.", "2000 euros=2000 EUR | 2000 rupees=2000 INR"},
		// the money audit's leftovers: a hyphenated scale before "-dollar" or a
		// rate, Gulf, Malaysian and Israeli papers' prefixes, "cts", the dirham
		{"It is a $1.5-billion-dollar project, a 1.5-billion-dollar plan and a $5-million-a-year deal.", "$1.5-billion-dollar=1500000000 USD | 1.5-billion-dollar=1500000000 USD | $5-million=5000000 USD"},
		{"A $1.5-billion-dollar-a-year budget and a 2-million-euro-a-year fee.", "$1.5-billion-dollar=1500000000 USD | 2-million-euro=2000000 EUR"},
		{"Aldar posted Dh2.4bn in revenue and Teva owes NIS 1.2 billion.", "Dh2.4bn=2400000000 AED | NIS 1.2 billion=1200000000 ILS"},
		{"Teva agreed to a NIS 1.2 billion settlement and a Dh 2.4bn deal; firms must meet the NIS 2 directive.", "NIS 1.2 billion=1200000000 ILS | Dh 2.4bn=2400000000 AED"},
		{"Serbia's NIS 2023 results were strong, and a 10.5 cts diamond sold.", ""},
		{"The stock fell 2 to 5 dollars; the index rose 20 to 5,000 points.", "2=2 USD | 5 dollars=5 USD"},
		{"Black answered Dh6 and then Dh1, but Dh500 was the fine.", "Dh500=500 AED"},
		{"The Moroccan lender raised 2 billion dirhams in Casablanca.", "2 billion dirhams=2000000000 MAD"},
		{"Emaar earned 2 billion dirhams; that abuse of power cost 5 million dirhams.", "2 billion dirhams=2000000000 AED | 5 million dirhams=5000000 AED"},
		{"Barrick Gold reported revenue of $2.8 billion. Its shares rose 2% to C$24.10 in Toronto.", "$2.8 billion=2800000000 USD | C$24.10=24.1 CAD"},
		// the real, the Mexican peso: no other dollar, so "dollars" and "$" stay USD
		{"The unit paid R$ 10 million and another 3 million dollars.", "R$ 10 million=10000000 BRL | 3 million dollars=3000000 USD"},
		{"The Mexican arm lent MX$ 40 million, or about $2 million.", "MX$ 40 million=40000000 MXN | $2 million=2000000 USD"},
		{"The Toronto unit paid C$ 5 million and 2 million dollars more.", "C$ 5 million=5000000 CAD | 2 million dollars=2000000 CAD"},
		{"The project costs Rs 500 crore.", "Rs 500 crore=5000000000 INR"},
		{"The fund reported flows of -$5 million.", "-$5 million=-5000000 USD"},
		{"It is worth about $5 million.", "$5 million=5000000 USD"},
		{"The Canadian bank earned C$2 billion and expects $500 million more.", "C$2 billion=2000000000 CAD | $500 million=500000000 CAD"},
		{"All prices are in Australian dollars; a ticket is $45.", "$45=45 AUD"},
		{"US$3 billion and $2 billion were pledged by Canada.", "US$3 billion=3000000000 USD | $2 billion=2000000000 USD"},
		{"Sales rose 5% in 2023.", ""},
		{"Call 555-1234 or 1-800-555-0100 before 5 pm.", ""},
		{"The meeting is on 12/05/2024 at 10.30.", ""},
		{"The iPhone 15 and the Boeing 737 MAX were shown.", ""},
		{"Arsenal won 3-1 before 60,000 fans.", ""},
		{"Spain won Euro 2024.", ""},
		{"The dollar fell against the euro.", ""},
		{"About 1,500 people attended.", ""},
		{"The Wide Receivers made 5 catches.", ""},
		{"He scored 45 points; the $ sign was missing.", ""},
		// a money audit's findings: "euro cents" are cents, not euros;
		// "bln" is a billion in English text read as another language
		{"The bank paid a dividend of 62 euro cents a share.", "62 euro cents=0.62 EUR"},
		// an amount compared with one before it takes its currency; one
		// that counts something does not
		{"Operating profit reached 3.2 billion dollars, compared with 2.7 billion a year earlier.", "3.2 billion dollars=3200000000 USD | 2.7 billion=2700000000 USD"},
		{"The app earned 2 billion euros from 300 million customers after 40 million downloads.", "2 billion euros=2000000000 EUR"},
		{"The deal is worth $3 billion and 400 million, the bank said.", "$3 billion and 400 million=3400000000 USD"},
		{"Between $1 billion and $2 billion was raised.", "$1 billion and $2 billion=1000000000..2000000000 USD"},
		// the blind money audit: a count named before the number, or a
		// count of another size, takes no currency; nor does a count
		// after "and" join a money amount
		{"The carmaker sold 2.1 million cars and earned $84 billion in revenue, compared with 1.7 million a year earlier.", "$84 billion=84000000000 USD"},
		{"The service earned $3 billion in the quarter after subscribers reached 270 million.", "$3 billion=3000000000 USD"},
		{"Revenue was $4 billion and 300 million users signed up.", "$4 billion=4000000000 USD"},
		// "by X to Y": a change and the new level when Y is far above X;
		// close, a range of the change
		{"The maker cut the price of its van by €4,000 to €38,990.", "€4,000=4000 EUR | €38,990=38990 EUR"},
		{"Fares will rise by $3 to $5 next year.", "$3 to $5=3..5 USD"},
	},
	"de": {
		// the amount of a compound noun, as German writes it (none was read):
		// the noun after the currency is no part of it
		{"Siemens erhält einen 500-Millionen-Dollar-Auftrag; das Zwei-Millionen-Euro-Projekt und ein 1,5-Milliarden-Franken-Übernahme-Angebot scheitern.", "500-Millionen-Dollar=500000000 USD | Zwei-Millionen-Euro=2000000 EUR | 1,5-Milliarden-Franken=1500000000 CHF"},
		{"Die 10-Euro-Scheine und der Millionen-Euro-Schaden.", ""},
		// the old level or the change takes the currency of the new level
		{"Der Preis stieg von 12 auf 12,41 Euro, der Zuschuss um 2 auf 14 Euro.", "12=12 EUR | 12,41 Euro=12.41 EUR | 2=2 EUR | 14 Euro=14 EUR"},
		{"Die Prognose sank von 1,4 auf 1,1 Milliarden Euro, der Verlust stieg von 977'000 auf 2,8 Millionen Franken.", "1,4=1400000000 EUR | 1,1 Milliarden Euro=1100000000 EUR | 977'000=977000 CHF | 2,8 Millionen Franken=2800000 CHF"},
		{"Die Zahl stieg von 2019 auf 2020 um 5 Euro, die der Mitarbeiter von 120 auf 150, das Kapital auf 5 Millionen Euro.", "5 Euro=5 EUR | 5 Millionen Euro=5000000 EUR"},
		// a level whose scale is anyone's guess is no amount
		{"Der Umsatz stieg um 80 auf 1,3 Milliarden Euro, der Gewinn von 800 auf 1,2 Millionen Euro.", "1,3 Milliarden Euro=1300000000 EUR | 1,2 Millionen Euro=1200000 EUR"},
		{"Der Bund gibt zweieinhalb Milliarden Euro.", "zweieinhalb Milliarden Euro=2500000000 EUR"},
		{"Die Stadt zahlt anderthalb Millionen Euro.", "anderthalb Millionen Euro=1500000 EUR"},
		{"Das kostet eine halbe Million Euro.", "eine halbe Million Euro=500000 EUR"},
		{"Er holte 5-6 Millionen Stimmen und 3 Euro.", "3 Euro=3 EUR"},
		{"Die Kosten liegen zwischen 5 und 6 Millionen Euro.", "5 und 6 Millionen Euro=5000000..6000000 EUR"},
		{"1990 kostete das Brot 3 Mark.", "3 Mark=3 DEM"},
		{"Der Umbau kostete 680 000 Mark.", "680 000 Mark=680000 DEM"},
		{"Die Karte kostet 5,- € und 10,– Euro.", "5,- €=5 EUR | 10,– Euro=10 EUR"},
		{"Der Preis: CHF 1'000.– inklusive.", "CHF 1'000.–=1000 CHF"},
		{"Im Jahr 2023 € 5 Mio. mehr.", "€ 5 Mio.=5000000 EUR"},
		{"Die Firma sammelte 590.000 Dollar.", "590.000 Dollar=590000 USD"},
		{"Es kostet 1,5 Mio. Euro.", "1,5 Mio. Euro=1500000 EUR"},
		{"Es kostet 5 Mio Euro.", "5 Mio Euro=5000000 EUR"},
		{"Der Bau kostet 2,5 Mrd. € mehr.", "2,5 Mrd. €=2500000000 EUR"},
		{"Der Bund zahlt 3 Milliarden Euro.", "3 Milliarden Euro=3000000000 EUR"},
		{"Er bietet fünf Millionen Euro.", "fünf Millionen Euro=5000000 EUR"},
		{"Ein Brötchen kostet zwei Euro.", "zwei Euro=2 EUR"},
		{"Die Firma ist eine Milliarde Dollar wert.", "eine Milliarde Dollar=1000000000 USD"},
		{"Der Preis: 1.000.000 €.", "1.000.000 €=1000000 EUR"},
		{"Der Preis: 1 000 000 €.", "1 000 000 €=1000000 EUR"},
		{"Der Preis: 1\u202f000\u202f000\u00a0€.", "1\u202f000\u202f000\u00a0€=1000000 EUR"},
		{"Die Uhr kostet 1'000 CHF.", "1'000 CHF=1000 CHF"},
		{"Die Uhr kostet CHF 1'250.50.", "CHF 1'250.50=1250.5 CHF"},
		{"Der Eintritt kostet Fr. 500 pro Jahr.", "Fr. 500=500 CHF"},
		{"Der Zürcher Verein verlangt 500 Franken.", "500 Franken=500 CHF"},
		{"Ein Brief kostet 20 Rappen mehr.", "20 Rappen=0.2 CHF"},
		{"Das kostet 50 Cent.", "50 Cent=0.5 EUR"},
		{"Er zahlte 10 US-Dollar.", "10 US-Dollar=10 USD"},
		{"Er zahlte 100 Pfund.", "100 Pfund=100 GBP"},
		{"Die Milch kostet 3,99 € im Laden.", "3,99 €=3.99 EUR"},
		{"Die Milch kostet 3,99€ im Laden.", "3,99€=3.99 EUR"},
		{"Die Milch kostet € 3,99 im Laden.", "€ 3,99=3.99 EUR"},
		{"Der Umsatz betrug 12.345,67 Euro.", "12.345,67 Euro=12345.67 EUR"},
		{"Die Reparatur kostete 1.500 Euro.", "1.500 Euro=1500 EUR"},
		{"Der Zuschlag beträgt 1,500 Euro.", "1,500 Euro=1.5 EUR"},
		{"Geplant sind 5 bis 6 Millionen Euro.", "5 bis 6 Millionen Euro=5000000..6000000 EUR"},
		{"Geplant sind 5-6 Mio. Euro.", "5-6 Mio. Euro=5000000..6000000 EUR"},
		{"Der Verlust liegt bei rund 2 Mrd. Euro.", "2 Mrd. Euro=2000000000 EUR"},
		{"Saldo: -1.200 Euro im Mai.", "-1.200 Euro=-1200 EUR"},
		{"Die Gemeinde erhält 300 Tsd. Euro.", "300 Tsd. Euro=300000 EUR"},
		{"Die schwedische Firma zahlte 50.000 Kronen.", "50.000 Kronen=50000 SEK"},
		{"Er wechselte 10 dänische Kronen.", "10 dänische Kronen=10 DKK"},
		{"Die Tochter verdiente 1 Mio. Yen.", "1 Mio. Yen=1000000 JPY"},
		{"Gazprom verlor 5 Mrd. Rubel.", "5 Mrd. Rubel=5000000000 RUB"},
		{"Die US-Schulden liegen bei 2 Billionen Dollar.", "2 Billionen Dollar=2000000000000 USD"},
		{"Am 3.10.2023 stieg der Index um 2,5 Prozent.", ""},
		{"Tel. 030 12345678, Fax 030 12345679.", ""},
		{"Der Golf 8 und der BMW X5 sind teurer.", ""},
		{"Bayern gewann 3:1 vor 75.000 Zuschauern.", ""},
		{"Der Euro stieg im Jahr 2024 deutlich.", ""},
		{"Rund 1.200 Mitarbeiter streikten.", ""},
		{"Die Euro-Zone wuchs um 0,3 Prozent.", ""},
		// "Pfund" as a weight, without a British cue (a money audit)
		{"Ein Pfund Tomaten kostet auf dem Markt 3,40 Euro.", "3,40 Euro=3.4 EUR"},
		{"Er hat im Winter 12 Pfund abgenommen.", ""},
		{"Der Umsatz lag bei 4,1 Mrd. Euro nach 3,8 Mrd. im Vorjahr.", "4,1 Mrd. Euro=4100000000 EUR | 3,8 Mrd.=3800000000 EUR"},
		{"Der Verlag setzte 80 Mio. Euro um, nach 2 Mio. Lesern im Jahr zuvor.", "80 Mio. Euro=80000000 EUR"},
	},
	"fr": {
		{"Le tarif est passé de 12 à 14 euros, un repas coûte de 9 à 11 euros.", "12=12 EUR | 14 euros=14 EUR | 9 à 11 euros=9..11 EUR"},
		{"Le tableau a été vendu un million et demi d'euros.", "un million et demi d'euros=1500000 EUR"},
		{"L'État débloque 3,2 milliards d'euros.", "3,2 milliards d'euros=3200000000 EUR"},
		{"Le budget atteint 3,2 Md€ cette année.", "3,2 Md€=3200000000 EUR"},
		{"La maison vaut 1 000 000 €.", "1 000 000 €=1000000 EUR"},
		{"La maison vaut 1\u202f000\u202f000\u00a0€.", "1\u202f000\u202f000\u00a0€=1000000 EUR"},
		{"Il a gagné 15 000 euros au loto.", "15 000 euros=15000 EUR"},
		{"La commune reçoit 1,5 million d'euros.", "1,5 million d'euros=1500000 EUR"},
		{"Le fonds a levé 2 millions de dollars.", "2 millions de dollars=2000000 USD"},
		{"Le transfert a coûté 10 M€.", "10 M€=10000000 EUR"},
		{"Le contrat vaut 500 k€ par an.", "500 k€=500000 EUR"},
		{"Le menu coûte 5 € le midi.", "5 €=5 EUR"},
		{"Le menu coûte 5€ le midi.", "5€=5 EUR"},
		{"La baguette a pris 50 centimes.", "50 centimes=0.5 EUR"},
		{"Il a payé cent euros pour la place.", "cent euros=100 EUR"},
		{"Le club a reçu deux millions d'euros.", "deux millions d'euros=2000000 EUR"},
		{"Le groupe a investi un milliard de dollars.", "un milliard de dollars=1000000000 USD"},
		{"La montre coûte mille euros.", "mille euros=1000 EUR"},
		{"Le billet à Genève coûte 20 francs suisses.", "20 francs suisses=20 CHF"},
		{"Le sac de riz coûte 100 francs CFA à Dakar.", "100 francs CFA=100 XOF"},
		{"La vente a rapporté 3 milliards de livres sterling.", "3 milliards de livres sterling=3000000000 GBP"},
		{"Le club anglais a perdu 300 millions de livres.", "300 millions de livres=300000000 GBP"},
		{"Il a lu 5 livres cet été.", ""},
		{"Le budget est d'environ 3 M€.", "3 M€=3000000 EUR"},
		{"Le coût varie de 2 à 3 millions d'euros.", "2 à 3 millions d'euros=2000000..3000000 EUR"},
		{"La facture s'élève à 1 200,50 €.", "1 200,50 €=1200.5 EUR"},
		{"Nestlé a versé CHF 3,5 millions.", "CHF 3,5 millions=3500000 CHF"},
		{"Le billet coûte 30 dollars canadiens.", "30 dollars canadiens=30 CAD"},
		{"Volvo a gagné 1,2 milliard de couronnes suédoises.", "1,2 milliard de couronnes suédoises=1200000000 SEK"},
		{"Le litre coûte 1,89 € et le pain 1,20 €.", "1,89 €=1.89 EUR | 1,20 €=1.2 EUR"},
		{"Le PIB américain dépasse 25 000 milliards de dollars.", "25 000 milliards de dollars=25000000000000 USD"},
		{"Le loyer est de 1 250 € par mois.", "1 250 €=1250 EUR"},
		{"Le déficit atteint 5,5 % du PIB.", ""},
		{"Rendez-vous le 14 juillet 2024 à 21 h.", ""},
		{"Appelez le 01 23 45 67 89.", ""},
		{"L'Airbus A320 et la Peugeot 208 se vendent bien.", ""},
		{"Marseille a gagné 2-1 devant 60 000 spectateurs.", ""},
		{"L'euro a baissé face au dollar.", ""},
		{"Le groupe compte 150 salariés et 12 usines.", ""},
		{"La dette s'élève à 3 100 milliards d'euros.", "3 100 milliards d'euros=3100000000000 EUR"},
		{"Le chèque de 100 euros sera versé.", "100 euros=100 EUR"},
		{"Le salaire est passé de 1 766 euros à 1 801 euros.", "1 766 euros=1766 EUR | 1 801 euros=1801 EUR"},
		{"Le groupe a perdu 800 millions d'euros, contre 1,1 milliard un an plus tôt.", "800 millions d'euros=800000000 EUR | 1,1 milliard=1100000000 EUR"},
		{"Le chantier coûtera 1 milliard et 750 millions d'euros.", "1 milliard et 750 millions d'euros=1750000000 EUR"},
		{"Le film a rapporté 30 millions d'euros, après que 5 millions de spectateurs l'ont vu.", "30 millions d'euros=30000000 EUR"},
		{"Le film a rapporté 30 millions d'euros, après 4 millions en Belgique.", "30 millions d'euros=30000000 EUR"},
	},
	"es": {
		{"La tarifa subió de 12 a 14 euros.", "12=12 EUR | 14 euros=14 EUR"},
		{"La reforma costó medio millón de euros.", "medio millón de euros=500000 EUR"},
		// thousands grouped with a comma before a scale, as Mexico writes; a three-decimal price stays
		{"México recibió 2,500 millones de dólares en inversión.", "2,500 millones de dólares=2500000000 USD"},
		{"El litro de gasolina cuesta 1,599 euros en Madrid.", "1,599 euros=1.599 EUR"},
		{"En Monterrey la renta cuesta 7,500 pesos al mes.", "7,500 pesos=7500 MXN"},
		{"El premio es de un millón y medio de euros.", "un millón y medio de euros=1500000 EUR"},
		{"En la Ciudad de México el menú cuesta $1,500 pesos.", "$1,500=1500 MXN"},
		{"En Buenos Aires el kilo de asado cuesta $ 8.500 y el dólar oficial u$s 1 = $ 900.", "$ 8.500=8500 ARS | u$s 1=1 USD | $ 900=900 ARS"},
		{"El Gobierno argentino pagará US$ 2.000 millones y $ 500.000 millones en bonos.", "US$ 2.000 millones=2000000000 USD | $ 500.000 millones=500000000000 ARS"},
		{"Apple vale $3 billones, según Wall Street.", "$3 billones=3000000000000 USD"},
		{"Un plan de entre 3 y 4 millones de euros.", "3 y 4 millones de euros=3000000..4000000 EUR"},
		{"La firma recaudó US$ 5 MM en Chile.", "US$ 5 MM=5000000 USD"},
		{"Pemex invertirá 500 mdd este año.", "500 mdd=500000000 USD"},
		{"El premio fue de 12.144.811 pesetas en 1999.", "12.144.811 pesetas=12144811 ESP"},
		{"El Betis 2 Real Madrid 1.", ""},
		{"El Gobierno destina 5 millones de euros.", "5 millones de euros=5000000 EUR"},
		{"México recibió 2.000 millones de dólares.", "2.000 millones de dólares=2000000000 USD"},
		{"La empresa invertirá mil millones de euros.", "mil millones de euros=1000000000 EUR"},
		{"Perú pidió US$ 3 millones al banco.", "US$ 3 millones=3000000 USD"},
		{"El fondo captó 3,5 millones de dólares.", "3,5 millones de dólares=3500000 USD"},
		{"El coche cuesta 10.000 euros.", "10.000 euros=10000 EUR"},
		{"La factura fue de 10.000,50 €.", "10.000,50 €=10000.5 EUR"},
		{"En Buenos Aires cuesta 500 pesos argentinos.", "500 pesos argentinos=500 ARS"},
		{"En Bogotá la entrada vale 500 pesos.", "500 pesos=500 COP"},
		{"La bolsa cuesta 20 céntimos.", "20 céntimos=0.2 EUR"},
		{"El premio es de un millón de euros.", "un millón de euros=1000000 EUR"},
		{"Pagó dos millones de dólares.", "dos millones de dólares=2000000 USD"},
		{"La cena costó cien euros.", "cien euros=100 EUR"},
		{"Se estima entre 5-6 millones de euros.", "5-6 millones de euros=5000000..6000000 EUR"},
		{"El coste irá de 3 a 4 millones de euros.", "3 a 4 millones de euros=3000000..4000000 EUR"},
		{"La deuda suma 1,5 billones de euros.", "1,5 billones de euros=1500000000000 EUR"},
		{"El saco pesa 300 libras.", ""},
		{"El club inglés pagó 300 millones de libras.", "300 millones de libras=300000000 GBP"},
		{"Toyota ganó 1.000 millones de yenes.", "1.000 millones de yenes=1000000000 JPY"},
		{"La entrada cuesta € 20.", "€ 20=20 EUR"},
		{"La entrada cuesta 20 €.", "20 €=20 EUR"},
		{"La entrada cuesta 20€.", "20€=20 EUR"},
		{"El bono vale USD 100.", "USD 100=100 USD"},
		{"El bono vale 100 USD.", "100 USD=100 USD"},
		{"El salario sube a 1.134 euros al mes.", "1.134 euros=1134 EUR"},
		{"El Banco de Chile pagó 15.000 millones de pesos chilenos.", "15.000 millones de pesos chilenos=15000000000 CLP"},
		{"Lima recaudó 50 millones de soles.", "50 millones de soles=50000000 PEN"},
		{"El alquiler subió de 900 euros a 1.100 euros.", "900 euros=900 EUR | 1.100 euros=1100 EUR"},
		{"La multa es de unos 300.000 euros.", "300.000 euros=300000 EUR"},
		{"El 12 de octubre de 2023 se inauguró.", ""},
		{"La inflación fue del 3,5 %.", ""},
		{"Llame al 912 345 678.", ""},
		{"El Seat 600 y el Airbus A400M.", ""},
		{"El Betis ganó 2-0.", ""},
		{"Unas 1.500 personas marcharon.", ""},
		{"El euro subió frente al dólar.", ""},
		{"El banco ganó 1.230 millones en el semestre.", ""},
		{"Argentina recibió US$ 20.000 millones del FMI.", "US$ 20.000 millones=20000000000 USD"},
		{"El precio es de 45 euros por megavatio hora.", "45 euros=45 EUR"},
		{"La obra costó 2,5 millones de euros y 300.000 dólares.", "2,5 millones de euros=2500000 EUR | 300.000 dólares=300000 USD"},
		{"El club ingresó 90 millones de euros, frente a 75 millones la temporada anterior.", "90 millones de euros=90000000 EUR | 75 millones=75000000 EUR"},
		{"Las ventas sumaron 90 millones de euros frente a 2 millones de visitantes.", "90 millones de euros=90000000 EUR"},
	},
	"it": {
		{"La tariffa è salita da 12 a 14 euro.", "12=12 EUR | 14 euro=14 EUR"},
		{"La villa vale mezzo milione di euro.", "mezzo milione di euro=500000 EUR"},
		{"Il premio è di un milione e mezzo di euro.", "un milione e mezzo di euro=1500000 EUR"},
		{"Il governo stanzia 5 milioni di euro.", "5 milioni di euro=5000000 EUR"},
		{"Il contratto vale 1,2 mld di euro.", "1,2 mld di euro=1200000000 EUR"},
		{"Il Comune ha ricevuto 20mila euro.", "20mila euro=20000 EUR"},
		{"Il fatturato è di 850 mila euro.", "850 mila euro=850000 EUR"},
		{"Il fondo offre 3 miliardi di dollari.", "3 miliardi di dollari=3000000000 USD"},
		{"L'operazione vale € 4,5 mln.", "€ 4,5 mln=4500000 EUR"},
		{"Il bonus è di 1.000 euro.", "1.000 euro=1000 EUR"},
		{"La fattura è di 1.000,50 €.", "1.000,50 €=1000.5 EUR"},
		{"Ha raccolto un milione di euro.", "un milione di euro=1000000 EUR"},
		{"Ha vinto due milioni di euro.", "due milioni di euro=2000000 EUR"},
		{"Il quadro vale mille euro.", "mille euro=1000 EUR"},
		{"Il sacchetto costa 50 centesimi.", "50 centesimi=0.5 EUR"},
		{"Il biglietto a Lugano costa 10 franchi svizzeri.", "10 franchi svizzeri=10 CHF"},
		{"Le vendite valgono 300 milioni di sterline.", "300 milioni di sterline=300000000 GBP"},
		{"La borsa costa 100 dollari.", "100 dollari=100 USD"},
		{"Nel 1995 un caffè costava 1.000 lire.", "1.000 lire=1000 ITL"},
		{"Il gruppo ha perso 5 milioni di lire turche.", "5 milioni di lire turche=5000000 TRY"},
		{"L'opera costa 13-14 miliardi di euro.", "13-14 miliardi di euro=13000000000..14000000000 EUR"},
		{"Il costo va da 3 a 4 milioni di euro.", "3 a 4 milioni di euro=3000000..4000000 EUR"},
		{"Un panino costa circa 5 euro.", "5 euro=5 EUR"},
		{"Un panino costa €5.", "€5=5 EUR"},
		{"Un panino costa 5€.", "5€=5 EUR"},
		{"Il debito è di 2.870 miliardi di euro.", "2.870 miliardi di euro=2870000000000 EUR"},
		{"Il prezzo è salito da 1,80 euro a 1,95 euro.", "1,80 euro=1.8 EUR | 1,95 euro=1.95 EUR"},
		{"La Regione stanzia € 500.000.", "€ 500.000=500000 EUR"},
		{"L'ingaggio è di 7,5 milioni di euro netti.", "7,5 milioni di euro=7500000 EUR"},
		{"Lo yacht costa 20 milioni di dollari americani.", "20 milioni di dollari americani=20000000 USD"},
		{"Il titolo chiude a 3,45 euro.", "3,45 euro=3.45 EUR"},
		{"Il ponte è lungo 3.300 metri.", ""},
		{"L'inflazione è allo 0,8%.", ""},
		{"Chiamare lo 06 1234 5678.", ""},
		{"La Fiat 500 e la Panda 4x4.", ""},
		{"La Roma ha vinto 2-1.", ""},
		{"La partita è il 12/05/2024.", ""},
		{"L'euro sale sul dollaro.", ""},
		{"Nel 2022 i turisti sono stati 12 milioni.", ""},
		{"Il gruppo ha 4.500 dipendenti.", ""},
		{"La multa è di 10 milioni di euro e 2 milioni di dollari.", "10 milioni di euro=10000000 EUR | 2 milioni di dollari=2000000 USD"},
		{"Il caffè costa 1,20 € al banco.", "1,20 €=1.2 EUR"},
		{"La Bce ha prestato 500 mld di euro.", "500 mld di euro=500000000000 EUR"},
		{"Il fondo vale 12 miliardi di euro, di cui 4,5 miliardi in titoli di Stato.", "12 miliardi di euro=12000000000 EUR | 4,5 miliardi=4500000000 EUR"},
		{"La manovra vale 2 miliardi e 300 milioni di euro.", "2 miliardi e 300 milioni di euro=2300000000 EUR"},
		{"Servono 1,5 miliardi e 20 milioni di euro, non 3 miliardi e 5 mila euro.", "1,5 miliardi e 20 milioni di euro=1520000000 EUR | 3 miliardi e 5 mila euro=3000005000 EUR"},
	},
	"pt": {
		{"O prêmio é de meio milhão de reais.", "meio milhão de reais=500000 BRL"},
		{"A obra custou um milhão e meio de reais.", "um milhão e meio de reais=1500000 BRL"},
		{"O governo libera R$ 5 milhões.", "R$ 5 milhões=5000000 BRL"},
		{"O salário é de R$ 1.412,00.", "R$ 1.412,00=1412 BRL"},
		{"O estado recebeu 5 milhões de reais.", "5 milhões de reais=5000000 BRL"},
		{"O país exportou US$ 2 bilhões.", "US$ 2 bilhões=2000000000 USD"},
		{"A EDP investiu 3,5 mil milhões de euros.", "3,5 mil milhões de euros=3500000000 EUR"},
		{"A casa custou 450 mil euros.", "450 mil euros=450000 EUR"},
		{"O carro custa 10 mil reais.", "10 mil reais=10000 BRL"},
		{"O plano terá R$ 15 bi.", "R$ 15 bi=15000000000 BRL"},
		{"A startup captou R$ 80 mi.", "R$ 80 mi=80000000 BRL"},
		{"A Vale pagará 1,5 bilhão de dólares.", "1,5 bilhão de dólares=1500000000 USD"},
		{"O contrato vale € 200 milhões.", "€ 200 milhões=200000000 EUR"},
		{"O pão subiu 50 centavos.", "50 centavos=0.5 BRL"},
		{"O saco custa 10 cêntimos.", "10 cêntimos=0.1 EUR"},
		{"Ela ganhou um milhão de reais.", "um milhão de reais=1000000 BRL"},
		{"Ele deve dois milhões de euros.", "dois milhões de euros=2000000 EUR"},
		{"O custo será de 2 a 3 bilhões de reais.", "2 a 3 bilhões de reais=2000000000..3000000000 BRL"},
		{"O jantar custou 500 euros.", "500 euros=500 EUR"},
		{"O jantar custou 500€.", "500€=500 EUR"},
		{"A obra custou 1 milhão de dólares.", "1 milhão de dólares=1000000 USD"},
		{"O dólar fechou a R$ 5,12.", "R$ 5,12=5.12 BRL"},
		{"A multa vai de R$ 10 mil a R$ 50 mil.", "R$ 10 mil a R$ 50 mil=10000..50000 BRL"},
		{"O imposto é de R$ 25,9 bilhões.", "R$ 25,9 bilhões=25900000000 BRL"},
		{"A TAP perdeu 50 milhões de euros.", "50 milhões de euros=50000000 EUR"},
		{"O banco lucrou R$ 9,5 bi no trimestre.", "R$ 9,5 bi=9500000000 BRL"},
		{"A passagem custa R$ 4,40.", "R$ 4,40=4.4 BRL"},
		{"O apartamento custa € 350.000.", "€ 350.000=350000 EUR"},
		{"A reunião foi em 15/03/2024.", ""},
		{"A inflação foi de 4,6%.", ""},
		{"Ligue (11) 3456-7890.", ""},
		{"O A321neo e o Embraer 190.", ""},
		{"O Santos venceu por 2 a 1.", ""},
		{"O país recebeu 6,6 milhões de turistas.", ""},
		{"O dólar subiu ante o real.", ""},
		{"A empresa tem 1.200 funcionários.", ""},
		{"O Brasil exportou US$ 340 bilhões e importou US$ 240 bilhões.", "US$ 340 bilhões=340000000000 USD | US$ 240 bilhões=240000000000 USD"},
		{"O prêmio é de R$ 100 milhões.", "R$ 100 milhões=100000000 BRL"},
		{"O custo é de 10 milhões de dólares.", "10 milhões de dólares=10000000 USD"},
		{"O Estado pagou 2 mil milhões de euros.", "2 mil milhões de euros=2000000000 EUR"},
		{"A gasolina custa R$ 5,89 o litro.", "R$ 5,89=5.89 BRL"},
		{"Cada bilhete custa 1,80 euros.", "1,80 euros=1.8 EUR"},
		{"A tarifa subiu de 4 para 5 reais em janeiro.", "4=4 BRL | 5 reais=5 BRL"},
		{"As receitas subiram de 6 para 7 mil milhões de euros.", "6=6000000000 EUR | 7 mil milhões de euros=7000000000 EUR"},
		{"O governo gastou R$ 6 bilhões e 300 milhões de pessoas receberam a vacina.", "R$ 6 bilhões=6000000000 BRL"},
	},
	"nl": {
		{"De renovatie kost anderhalf miljoen euro.", "anderhalf miljoen euro=1500000 EUR"},
		{"Het huis kost een half miljoen euro.", "een half miljoen euro=500000 EUR"},
		{"In 1999 kostte een ticket 1.259 frank in Brussel.", "1.259 frank=1259 BEF"},
		{"Granada betaalde 1,75 miljard pond sterling.", "1,75 miljard pond sterling=1750000000 GBP"},
		{"Zie DM 26 / 7 / 2000 voor de brief.", ""},
		{"Het kost € 5,- per stuk.", "€ 5,-=5 EUR"},
		{"Het kabinet trekt 5 miljoen euro uit.", "5 miljoen euro=5000000 EUR"},
		{"Een kaartje kost € 9,20.", "€ 9,20=9.2 EUR"},
		{"ASML verdiende €2,1 miljard.", "€2,1 miljard=2100000000 EUR"},
		{"De boete is € 750.000.", "€ 750.000=750000 EUR"},
		{"Het doek kostte € 3 mln.", "€ 3 mln=3000000 EUR"},
		{"De fondsen beheren 1.500 miljard euro.", "1.500 miljard euro=1500000000000 EUR"},
		{"De bouw kost 15 tot 20 miljoen euro.", "15 tot 20 miljoen euro=15000000..20000000 EUR"},
		{"Statiegeld is 15 cent.", "15 cent=0.15 EUR"},
		{"Het verlies is 200 miljoen pond.", "200 miljoen pond=200000000 GBP"},
		{"De bank betaalt 2 miljard Zwitserse frank.", "2 miljard Zwitserse frank=2000000000 CHF"},
		{"Het tekort is € 20 mld.", "€ 20 mld=20000000000 EUR"},
		{"Een bitcoin is 60.000 dollar waard.", "60.000 dollar=60000 USD"},
		{"Hij won een miljoen euro.", "een miljoen euro=1000000 EUR"},
		{"Het bedrijf is twee miljard dollar waard.", "twee miljard dollar=2000000000 USD"},
		{"Een brood kost 5 euro.", "5 euro=5 EUR"},
		{"Het pand kost € 1.250.000.", "€ 1.250.000=1250000 EUR"},
		{"Hij kreeg 100 Amerikaanse dollar.", "100 Amerikaanse dollar=100 USD"},
		{"De huur stijgt met € 50.", "€ 50=50 EUR"},
		{"De prijs is €5,50.", "€5,50=5.5 EUR"},
		{"De prijs is 5,50 €.", "5,50 €=5.5 EUR"},
		{"Philips betaalt 1,1 miljard dollar.", "1,1 miljard dollar=1100000000 USD"},
		{"Het vaccin kost circa 20 euro.", "20 euro=20 EUR"},
		{"De gemeente betaalt 1,5 miljoen euro.", "1,5 miljoen euro=1500000 EUR"},
		{"Het uurloon is € 23,50.", "€ 23,50=23.5 EUR"},
		{"De omzet steeg van 2 miljard euro naar 2,4 miljard euro.", "2 miljard euro=2000000000 EUR | 2,4 miljard euro=2400000000 EUR"},
		{"De subsidie bedraagt 10.000 euro.", "10.000 euro=10000 EUR"},
		{"Het bedrijf haalde USD 50 miljoen op.", "USD 50 miljoen=50000000 USD"},
		{"De vergoeding is 50 EUR per dag.", "50 EUR=50 EUR"},
		{"De overname kost 4,5 miljard dollar.", "4,5 miljard dollar=4500000000 USD"},
		{"Feyenoord speelt op 12 mei 2024.", ""},
		{"De inflatie is 2,7 procent.", ""},
		{"Bel 020-5551234.", ""},
		{"De Fokker 100 en de Boeing 747.", ""},
		{"Ajax won met 4-0.", ""},
		{"Er kwamen 2,3 miljoen mensen.", ""},
		{"De euro daalde tegenover de dollar.", ""},
		{"Het bedrijf heeft 1.200 werknemers.", ""},
		{"Zo'n 40.000 supporters waren er.", ""},
		{"De minister noemde 2025 een goed jaar.", ""},
		{"De toegang kost tussen de 10 euro en de 15 euro.", "10 euro=10 EUR | 15 euro=15 EUR"},
		{"De schade ligt tussen de 300 en 400 miljoen euro.", "300 en 400 miljoen euro=300000000..400000000 EUR"},
		{"Een kaartje kost tussen de 5 en de 6 euro.", "5 en de 6 euro=5..6 EUR"},
		{"De overname kost € 2,4 mld., meldt de krant.", "€ 2,4 mld.=2400000000 EUR"},
	},
	"pl": {
		{"Gmina wyda pół miliona złotych.", "pół miliona złotych=500000 PLN"},
		{"Remont kosztował półtora miliona złotych.", "półtora miliona złotych=1500000 PLN"},
		{"Zdobyła 4 złote, 2 srebrne i 3 brązowe medale.", ""},
		{"Kierowca startował w serii Formuła 3 Euro Series.", ""},
		{"Rząd da 5 mld zł na drogi.", "5 mld zł=5000000000 PLN"},
		{"Orlen zarobił 3,8 mld zł.", "3,8 mld zł=3800000000 PLN"},
		{"Bilet kosztuje 4,40 zł.", "4,40 zł=4.4 PLN"},
		{"Spółka pozyskała 12 mln euro.", "12 mln euro=12000000 EUR"},
		{"Kara to 500 tys. zł.", "500 tys. zł=500000 PLN"},
		{"Pensja to 7\u00a0800 zł brutto.", "7\u00a0800 zł=7800 PLN"},
		{"Most kosztował 1,2 miliarda złotych.", "1,2 miliarda złotych=1200000000 PLN"},
		{"Firma zapłaci 10 milionów dolarów.", "10 milionów dolarów=10000000 USD"},
		{"Kredyt wyniósł 200 mln zł.", "200 mln zł=200000000 PLN"},
		{"Kontrakt to 2,5 mld dolarów.", "2,5 mld dolarów=2500000000 USD"},
		{"Bilety kosztują od 50 do 120 zł.", "50 do 120 zł=50..120 PLN"},
		{"Zysk to 1,3 mld PLN.", "1,3 mld PLN=1300000000 PLN"},
		{"Torba kosztuje 50 groszy.", "50 groszy=0.5 PLN"},
		{"Rata to 1500 franków szwajcarskich.", "1500 franków szwajcarskich=1500 CHF"},
		{"PKB to 3,4 bln zł.", "3,4 bln zł=3400000000000 PLN"},
		{"Chleb kosztuje 100 złotych.", "100 złotych=100 PLN"},
		{"Opłata wynosi PLN 500.", "PLN 500=500 PLN"},
		{"Gmina dostała dwa miliony złotych.", "dwa miliony złotych=2000000 PLN"},
		{"Dotacja to 5 tys. euro.", "5 tys. euro=5000 EUR"},
		{"Bilet do Londynu kosztuje 10 funtów.", "10 funtów=10 GBP"},
		{"Mieszkanie kosztuje 16 tys. zł za metr.", "16 tys. zł=16000 PLN"},
		{"Koncern zainwestuje 1 mld dolarów.", "1 mld dolarów=1000000000 USD"},
		{"Auto kosztuje 150 tys. złotych.", "150 tys. złotych=150000 PLN"},
		{"Kurs to 4,32 zł za euro.", "4,32 zł=4.32 PLN"},
		{"Spółka kupiła akcje za 300 mln dolarów i 50 mln euro.", "300 mln dolarów=300000000 USD | 50 mln euro=50000000 EUR"},
		{"Podatek wyniesie 1000 zł rocznie.", "1000 zł=1000 PLN"},
		{"Budżet to 20 miliardów złotych.", "20 miliardów złotych=20000000000 PLN"},
		{"Polska dostanie 59,8 mld euro.", "59,8 mld euro=59800000000 EUR"},
		{"Transfer kosztował 8 mln euro.", "8 mln euro=8000000 EUR"},
		{"Mecz jest 15.08.2024 o 20.30.", ""},
		{"Inflacja to 2,5 proc.", ""},
		{"Zadzwoń: 22 555 12 34.", ""},
		{"Fiat 126p i Polonez 1500.", ""},
		{"Legia wygrała 2:1.", ""},
		{"Przyjechało 19 mln turystów.", ""},
		{"Kurs euro spadł.", ""},
		{"Firma zatrudnia 1200 osób.", ""},
		{"W 2023 roku było 5 proc. więcej.", ""},
		{"Dopłata wynosi ok. 300 zł.", "300 zł=300 PLN"},
		{"Cena wzrosła z 5 zł do 6 zł.", "5 zł=5 PLN | 6 zł=6 PLN"},
		{"Bilet zdrożał z 4 do 5 zł, a zysk wzrósł z 1,4 do 1,8 mld zł.", "4=4 PLN | 5 zł=5 PLN | 1,4=1400000000 PLN | 1,8 mld zł=1800000000 PLN"},
		{"Bank ma aktywa warte 2 bln zł.", "2 bln zł=2000000000000 PLN"},
		{"Bilet podrożał z 6 do 7 zł.", "6=6 PLN | 7 zł=7 PLN"},
		{"Kurs spadł o 6 do 118 zł.", "6=6 PLN | 118 zł=118 PLN"},
		{"Opłata wzrośnie o 5 do 7 zł.", "5 do 7 zł=5..7 PLN"},
	},
	"ru": {
		{"Тариф вырос с 12 до 14 рублей, обед стоит от 9 до 11 рублей.", "12=12 RUB | 14 рублей=14 RUB | 9 до 11 рублей=9..11 RUB"},
		{"Ремонт обошёлся в полтора миллиона рублей.", "полтора миллиона рублей=1500000 RUB"},
		{"Он получил полмиллиона рублей.", "полмиллиона рублей=500000 RUB"},
		{"Шарлен (р.1978) — княгиня Монако.", ""},
		{"Сделка стоит 5 млрд долл. и 2 млн евро.", "5 млрд долл.=5000000000 USD | 2 млн евро=2000000 EUR"},
		{"Власти выделят 5 млрд рублей.", "5 млрд рублей=5000000000 RUB"},
		{"Выручка — 1,2 трлн руб. за год.", "1,2 трлн руб.=1200000000000 RUB"},
		{"Проезд стоит 65 рублей.", "65 рублей=65 RUB"},
		{"Стартап привлёк $10 млн.", "$10 млн=10000000 USD"},
		{"Зарплата — 120 тыс. рублей.", "120 тыс. рублей=120000 RUB"},
		{"Курс — 92,5 рубля.", "92,5 рубля=92.5 RUB"},
		{"Квартира стоит 15\u00a0000\u00a0000 рублей.", "15\u00a0000\u00a0000 рублей=15000000 RUB"},
		{"Штраф — 500 тыс. долларов.", "500 тыс. долларов=500000 USD"},
		{"Бюджет — 2 млн евро.", "2 млн евро=2000000 EUR"},
		{"Сделка — 1 миллиард долларов.", "1 миллиард долларов=1000000000 USD"},
		{"Сделка оценена в 3–4 млрд долларов.", "3–4 млрд долларов=3000000000..4000000000 USD"},
		{"Экспорт — 400 млн долларов США.", "400 млн долларов США=400000000 USD"},
		{"Билет стоит 2\u00a0500 ₽.", "2\u00a0500 ₽=2500 RUB"},
		{"Казахстан получит 2 трлн тенге.", "2 трлн тенге=2000000000000 KZT"},
		{"Батон подорожал на 50 копеек.", "50 копеек=0.5 RUB"},
		{"Компания получила €2 млрд.", "€2 млрд=2000000000 EUR"},
		{"Штраф — от 30 до 50 тыс. рублей.", "30 до 50 тыс. рублей=30000..50000 RUB"},
		{"Премия — 10 тысяч рублей.", "10 тысяч рублей=10000 RUB"},
		{"Он выиграл один миллион рублей.", "один миллион рублей=1000000 RUB"},
		{"Фонд потратил два миллиона долларов.", "два миллиона долларов=2000000 USD"},
		{"Товар стоит 100 юаней.", "100 юаней=100 CNY"},
		{"Билет в Лондон — 1000 фунтов.", "1000 фунтов=1000 GBP"},
		{"Цена — 5 000 руб. за штуку.", "5 000 руб.=5000 RUB"},
		{"Пенсия в Киеве — 100 гривен.", "100 гривен=100 UAH"},
		{"Прибыль — 1,5 трлн рублей.", "1,5 трлн рублей=1500000000000 RUB"},
		{"Нефть стоит 90 долларов.", "90 долларов=90 USD"},
		{"Акция стоит 285,4 рубля.", "285,4 рубля=285.4 RUB"},
		{"Фирма заплатила 300 млн рублей и 20 млн долларов.", "300 млн рублей=300000000 RUB | 20 млн долларов=20000000 USD"},
		{"Цена выросла с 80 рублей до 95 рублей.", "80 рублей=80 RUB | 95 рублей=95 RUB"},
		{"Долг — 1,5 млрд евро.", "1,5 млрд евро=1500000000 EUR"},
		{"Матч 12.05.2024 в 19:00.", ""},
		{"Инфляция — 7,4%.", ""},
		{"Звоните 8 800 555-35-35.", ""},
		{"Самолёт Ту-154 и Ил-96.", ""},
		{"«Зенит» выиграл 2:0.", ""},
		{"В городе 12,6 млн человек.", ""},
		{"Курс доллара вырос.", ""},
		{"Завод выпустил 100 тысяч машин.", ""},
		{"В 2022 году было 500 тысяч жителей.", ""},
		{"Рубль упал на 3%.", ""},
		{"Сделку оценили в 2,5 млрд долл. США.", "2,5 млрд долл. США=2500000000 USD"},
		{"Цена выросла на 15 до 140 рублей.", "15=15 RUB | 140 рублей=140 RUB"},
	},
	"sv": {
		{"Villan kostar en halv miljon kronor.", "en halv miljon kronor=500000 SEK"},
		{"Regeringen satsar 5 miljarder kronor.", "5 miljarder kronor=5000000000 SEK"},
		{"Kortet kostar 970 kronor.", "970 kronor=970 SEK"},
		{"Vinsten blev 4,2 miljarder kronor.", "4,2 miljarder kronor=4200000000 SEK"},
		{"Bolaget tog in 20 miljoner euro.", "20 miljoner euro=20000000 EUR"},
		{"Boten är 500 000 kronor.", "500 000 kronor=500000 SEK"},
		{"Kaffet kostar 45 kr.", "45 kr=45 SEK"},
		{"Bensinen kostar 19,90 kr per liter.", "19,90 kr=19.9 SEK"},
		{"Kommunen får 12 mkr.", "12 mkr=12000000 SEK"},
		{"Omsättningen var 850 tkr.", "850 tkr=850000 SEK"},
		{"Fonden växte med 2 000 miljarder norska kronor.", "2 000 miljarder norska kronor=2000000000000 NOK"},
		{"Elen kostar 1,50 kronor.", "1,50 kronor=1.5 SEK"},
		{"Företaget omsatte 2,3 miljarder SEK.", "2,3 miljarder SEK=2300000000 SEK"},
		{"Novo tjänade 100 miljarder danska kronor.", "100 miljarder danska kronor=100000000000 DKK"},
		{"Påsen kostar 50 öre.", "50 öre=0.5 SEK"},
		{"Det kostar 10–12 miljarder kronor.", "10–12 miljarder kronor=10000000000..12000000000 SEK"},
		{"Priset var 300 miljoner dollar.", "300 miljoner dollar=300000000 USD"},
		{"Fonden förvaltar 1,3 biljoner kronor.", "1,3 biljoner kronor=1300000000000 SEK"},
		{"Hon vann en miljon kronor.", "en miljon kronor=1000000 SEK"},
		{"Staten lånar två miljarder kronor.", "två miljarder kronor=2000000000 SEK"},
		{"Avgiften är SEK 500.", "SEK 500=500 SEK"},
		{"Avgiften är 500 SEK.", "500 SEK=500 SEK"},
		{"Banken lånade ut 1 miljard euro.", "1 miljard euro=1000000000 EUR"},
		{"Biljetten kostar 350 kronor och barn går gratis.", "350 kronor=350 SEK"},
		{"Lönen höjs med 1\u00a0200 kronor.", "1\u00a0200 kronor=1200 SEK"},
		{"Rörelseresultatet blev 5,1 miljarder kronor.", "5,1 miljarder kronor=5100000000 SEK"},
		{"Hyran steg från 8 000 kronor till 9 000 kronor.", "8 000 kronor=8000 SEK | 9 000 kronor=9000 SEK"},
		{"Spotify ökade till 3,7 miljarder euro.", "3,7 miljarder euro=3700000000 EUR"},
		{"Boken kostar 199 kr i butik.", "199 kr=199 SEK"},
		{"Ericsson betalar 1 miljard dollar.", "1 miljard dollar=1000000000 USD"},
		{"Matchen spelas den 12 maj 2024.", ""},
		{"Inflationen var 2,3 procent.", ""},
		{"Ring 08-123 456 78.", ""},
		{"Volvo 240 och Saab 900.", ""},
		{"AIK vann med 3–1.", ""},
		{"Sverige fick 2,5 miljoner turister.", ""},
		{"Kronan stärktes mot euron.", ""},
		{"Företaget har 1 200 anställda.", ""},
		{"Huset byggdes 1924.", ""},
		{"Regeringen budgeterar omkring 80 miljarder kronor.", "80 miljarder kronor=80000000000 SEK"},
		{"Det kostar 25 000 kr.", "25 000 kr=25000 SEK"},
		{"Kursen sjönk från 150 till 122 kronor och vinsten steg från 2 till 3 miljarder kronor.", "150=150 SEK | 122 kronor=122 SEK | 2=2000000000 SEK | 3 miljarder kronor=3000000000 SEK"},
		{"Omsättningen blev 9 miljarder kronor, jämfört med 8 miljarder året innan.", "9 miljarder kronor=9000000000 SEK | 8 miljarder=8000000000 SEK"},
		{"Biljetten har stigit från 45 till 52 kronor och aktien steg med 2,50 till 118 kronor.", "45=45 SEK | 52 kronor=52 SEK | 2,50=2.5 SEK | 118 kronor=118 SEK"},
	},
	"tr": {
		{"Şirket bir buçuk milyon dolar topladı.", "bir buçuk milyon dolar=1500000 USD"},
		{"Ev yarım milyon liraya satıldı.", "yarım milyon liraya=500000 TRY"},
		{"Şehirde 5 yeni fabrika açıldı.", ""},
		{"Hükümet 5 milyar lira ayırdı.", "5 milyar lira=5000000000 TRY"},
		{"Şirket 1,2 milyar dolar ciro yaptı.", "1,2 milyar dolar=1200000000 USD"},
		{"Bilet 17,70 TL oldu.", "17,70 TL=17.7 TRY"},
		{"Asgari ücret 17.002 lira.", "17.002 lira=17002 TRY"},
		{"Girişim 10 milyon dolar topladı.", "10 milyon dolar=10000000 USD"},
		{"Rezervler 150 milyar doları aştı.", "150 milyar doları=150000000000 USD"},
		{"Daire 3,5 milyon TL'ye satıldı.", "3,5 milyon TL=3500000 TRY"},
		{"THY 2 milyar euro kredi aldı.", "2 milyar euro=2000000000 EUR"},
		{"Ekmek 10 liraya çıktı.", "10 liraya=10 TRY"},
		{"İhracat 255 milyar dolara ulaştı.", "255 milyar dolara=255000000000 USD"},
		{"Şirket 500 bin dolarlık yatırım yapacak.", "500 bin dolarlık=500000 USD"},
		{"Maliyet ₺2,5 milyar oldu.", "₺2,5 milyar=2500000000 TRY"},
		{"Altın 2.450 liradan işlem gördü.", "2.450 liradan=2450 TRY"},
		{"Şirket 300 milyon avro tahvil sattı.", "300 milyon avro=300000000 EUR"},
		{"Ücretler 25-30 bin lira arasında.", "25-30 bin lira=25000..30000 TRY"},
		{"Şube 5 milyon sterlin kâr etti.", "5 milyon sterlin=5000000 GBP"},
		{"Kira 15 bin TL seviyesinde.", "15 bin TL=15000 TRY"},
		{"Açık 1,5 trilyon lira oldu.", "1,5 trilyon lira=1500000000000 TRY"},
		{"Poşet 50 kuruş.", "50 kuruş=0.5 TRY"},
		{"Şirket bir milyon dolar kazandı.", "bir milyon dolar=1000000 USD"},
		{"Devlet iki milyar lira harcadı.", "iki milyar lira=2000000000 TRY"},
		{"Ev 1.000.000 TL değerinde.", "1.000.000 TL=1000000 TRY"},
		{"Fon $5 milyon topladı.", "$5 milyon=5000000 USD"},
		{"Simit 15 TL oldu.", "15 TL=15 TRY"},
		{"Borç 40 milyon dolar civarında.", "40 milyon dolar=40000000 USD"},
		{"Benzin 42,15 liraya çıktı.", "42,15 liraya=42.15 TRY"},
		{"Şirket 100 milyon TL kâr ve 20 milyon dolar gelir açıkladı.", "100 milyon TL=100000000 TRY | 20 milyon dolar=20000000 USD"},
		{"Kur 32,5 liraya yükseldi.", "32,5 liraya=32.5 TRY"},
		// the past of "to be" glued to the currency
		{"Geçen yılki kâr 5 milyon liraydı, bilet 40 dolardı.", "5 milyon liraydı=5000000 TRY | 40 dolardı=40 USD"},
		{"Yatırım yaklaşık 1 milyar dolar olacak.", "1 milyar dolar=1000000000 USD"},
		{"Fiyat 100 TRY oldu.", "100 TRY=100 TRY"},
		{"Toplantı 15.03.2024 tarihinde.", ""},
		{"Enflasyon yüzde 64,8 oldu.", ""},
		{"Telefon: 0212 555 44 33.", ""},
		{"Boeing 737 ve Airbus A320.", ""},
		{"Galatasaray 3-1 kazandı.", ""},
		{"Türkiye'ye 49 milyon turist geldi.", ""},
		{"Dolar kuru yükseldi.", ""},
		{"Endeks 9.000 puanı aştı.", ""},
		{"Şirket 2023'te 1.200 kişi işe aldı.", ""},
		{"Maç 0-0 bitti.", ""},
	},
	"zh": {
		// a currency before a number that is a date
		{"新台币5月大幅升值，港币2024年表现稳定，人民币3月走强。", ""},
		{"台积电净利润为新台币3252亿元，港币120亿元拨款。", "新台币3252亿元=325200000000 TWD | 港币120亿元=12000000000 HKD"},
	},
	"id": {
		{"Program terá R$ 15 bi em 2025.", "R$ 15 bi=15000000000 BRL"},
		{"Biaya Rp 5.000 per orang.", "Rp 5.000=5000 IDR"},
		// Indonesian scale words (found by an audit: "Rp2 miliar" was 2 IDR)
		{"Pemerintah mengalokasikan Rp2 miliar dan Rp 300 juta, lalu Rp 5,5 triliun.", "Rp2 miliar=2000000000 IDR | Rp 300 juta=300000000 IDR | Rp 5,5 triliun=5500000000000 IDR"},
	},
	"ms": {
		{"Kerajaan memperuntukkan 5 bilion ringgit dan 300 juta ringgit.", "5 bilion ringgit=5000000000 MYR | 300 juta ringgit=300000000 MYR"},
	},
	// Hindi scale words in Devanagari, read in any language (an audit:
	// "₹500 करोड़" was 500 INR); the vowel signs are marks inside the word
	"hi": {
		{"सरकार ने ₹500 करोड़ की योजना की घोषणा की।", "₹500 करोड़=5000000000 INR"},
		{"कंपनी को 2.5 लाख रुपये का जुर्माना देना होगा।", "2.5 लाख रुपये=250000 INR"},
		{"परियोजना पर ₹1,200 करोड़ खर्च होंगे और 3 अरब रुपये का निवेश होगा।", "₹1,200 करोड़=12000000000 INR | 3 अरब रुपये=3000000000 INR"},
		{"उसने 5000 रुपये और ₹40 हज़ार दिए।", "5000 रुपये=5000 INR | ₹40 हज़ार=40000 INR"},
		{"कंपनी ने 3 अरब डॉलर और 20 करोड़ यूरो जुटाए।", "3 अरब डॉलर=3000000000 USD | 20 करोड़ यूरो=200000000 EUR"},
		{"उसे 1.5 लाख अमेरिकी डॉलर और 500 पाउंड मिले।", "1.5 लाख अमेरिकी डॉलर=150000 USD | 500 पाउंड=500 GBP"},
		{"सरकार ने ₹५०० करोड़ और ₹१,२०० करोड़ की योजना बनाई।", "₹५०० करोड़=5000000000 INR | ₹१,२०० करोड़=12000000000 INR"},
		// an amount before a word that begins like a scale word keeps its
		// value ("लाखों परिवारों": lakhs of families)
		{"हर महीने ₹800 लाखों परिवारों तक पहुंचेंगे।", "₹800=800 INR"},
		// "रु" before the number, as "Rs" is
		{"टिकट की कीमत रु 300 है और खर्च रु. 5 करोड़ है।", "रु 300=300 INR | रु. 5 करोड़=50000000 INR"},
		// Nepali text detected as Hindi: Nepal named in it
		{"नेपाल सरकारले रु 300 दिने निर्णय गर्‍यो।", "रु 300=300 NPR"},
	},
	// the other Indic scripts' scale words and digits (an audit: Marathi
	// "₹500 कोटी" was 500 INR, Devanagari digits were not read)
	"mr": {
		{"राज्य सरकारने ₹500 कोटी आणि ₹2 अब्ज मंजूर केले.", "₹500 कोटी=5000000000 INR | ₹2 अब्ज=2000000000 INR"},
		{"त्याला ₹३ लाख दंड झाला.", "₹३ लाख=300000 INR"},
		// case endings glued to the scale word and the currency name (an
		// audit: "₹५०० कोटींचा" was 500 INR)
		{"महापालिकेने ₹८०० कोटींचा आराखडा आणि 20 लाख रुपयांचा निधी मंजूर केला.", "₹८०० कोटींचा=8000000000 INR | 20 लाख रुपयांचा=2000000 INR"},
	},
	"ne": {
		{"सरकारले ४ अर्ब रुपैयाँ छुट्यायो।", "४ अर्ब रुपैयाँ=4000000000 NPR"},
		{"टिकटको मूल्य रु 300 हो।", "रु 300=300 NPR"},
	},
	"bn": {
		{"প্রকল্পে ₹৫০ কোটি এবং ₹৩ লাখ খরচ হবে।", "₹৫০ কোটি=500000000 INR | ₹৩ লাখ=300000 INR"},
		// টাকা: Bangladesh's taka, or India's rupee in a text about West
		// Bengal and not Bangladesh (an audit: it was never read)
		{"তিনি ২০ হাজার টাকা পেয়েছেন।", "২০ হাজার টাকা=20000 BDT"},
		{"ঢাকায় বাংলাদেশ ব্যাংক ৫০০ কোটি টাকার তহবিল দিয়েছে।", "৫০০ কোটি টাকার=5000000000 BDT"},
		{"কলকাতা পুরসভা ৩০০ কোটি টাকার বাজেট পেশ করেছে।", "৩০০ কোটি টাকার=3000000000 INR"},
		{"ভারত ও বাংলাদেশের বাণিজ্যে ১০ লাখ টাকা লেনদেন হয়েছে।", "১০ লাখ টাকা=1000000 BDT"},
		{"সেতুর জন্য ₹৭০০ কোটির বরাদ্দ হয়েছে।", "₹৭০০ কোটির=7000000000 INR"},
	},
	"pa": {
		{"ਸਰਕਾਰ ਨੇ 50 ਕਰੋੜ ਰੁਪਏ ਅਤੇ ₹2 ਲੱਖ ਦਿੱਤੇ।", "50 ਕਰੋੜ ਰੁਪਏ=500000000 INR | ₹2 ਲੱਖ=200000 INR"},
	},
	"gu": {
		{"કંપનીએ ₹૭૫ કરોડ અને 4 લાખ રૂપિયા ચૂકવ્યા.", "₹૭૫ કરોડ=750000000 INR | 4 લાખ રૂપિયા=400000 INR"},
		{"બંદર માટે ₹૩૦૦ કરોડની ફાળવણી થઈ.", "₹૩૦૦ કરોડની=3000000000 INR"},
	},
	"ta": {
		{"அரசு ₹200 கோடி மற்றும் ₹5 லட்சம் ஒதுக்கியது.", "₹200 கோடி=2000000000 INR | ₹5 லட்சம்=500000 INR"},
		{"மாநகராட்சி ₹120 கோடியில் சாலைகள் அமைக்கும்.", "₹120 கோடியில்=1200000000 INR"},
		// Tamil's rupee by name and abbreviation: India's, Sri Lanka's in a
		// text about Sri Lanka
		{"அரசு 500 கோடி ரூபாய் ஒதுக்கியது; டிக்கெட் விலை ரூ.300.", "500 கோடி ரூபாய்=5000000000 INR | ரூ.300=300 INR"},
		{"இலங்கை அரசு 500 கோடி ரூபாய் ஒதுக்கியது.", "500 கோடி ரூபாய்=5000000000 LKR"},
		{"கொழும்பில் ரூ.250 விலை.", "ரூ.250=250 LKR"},
	},
	"te": {
		{"ప్రభుత్వం ₹300 కోట్ల మరియు 8 లక్షల రూపాయలు ఇచ్చింది.", "₹300 కోట్ల=3000000000 INR | 8 లక్షల రూపాయలు=800000 INR"},
		{"నగరానికి ₹900 కోట్లు కేటాయించారు; 600 కోట్ల రూపాయల ప్రాజెక్టు.", "₹900 కోట్లు=9000000000 INR | 600 కోట్ల రూపాయల=6000000000 INR"},
	},
	"kn": {
		{"ಸರ್ಕಾರ ₹40 ಕೋಟಿ ಮತ್ತು ₹6 ಲಕ್ಷ ನೀಡಿತು.", "₹40 ಕೋಟಿ=400000000 INR | ₹6 ಲಕ್ಷ=600000 INR"},
		{"ಯೋಜನೆಗೆ ₹150 ಕೋಟಿಗಳ ಅನುದಾನ.", "₹150 ಕೋಟಿಗಳ=1500000000 INR"},
		{"ಟಿಕೆಟ್ ದರ ರೂ 300 ಆಗಿದೆ.", "ರೂ 300=300 INR"},
	},
	"ml": {
		{"സർക്കാർ ₹90 കോടി അനുവദിച്ചു.", "₹90 കോടി=900000000 INR"},
		{"തുറമുഖത്തിന് ₹250 കോടിയുടെ പദ്ധതിയും 40 ലക്ഷം രൂപയുടെ സഹായവും.", "₹250 കോടിയുടെ=2500000000 INR | 40 ലക്ഷം രൂപയുടെ=4000000 INR"},
	},
	// a money audit's findings: levels of a change, "дол."
	"da": {
		{"Billetprisen steg fra 24 til 26 kroner.", "24=24 DKK | 26 kroner=26 DKK"},
		{"Prisen er steget fra 30 til 34 kroner.", "30=30 DKK | 34 kroner=34 DKK"},
		{"Staten bruger 3 mia. kr., mod 2,5 mia. sidste år.", "3 mia. kr.=3000000000 DKK | 2,5 mia.=2500000000 DKK"},
	},
	"no": {
		{"Utbyttet økte fra 7 til 9 kroner per aksje.", "7=7 NOK | 9 kroner=9 NOK"},
	},
	"cs": {
		{"Jízdné stouplo ze 30 na 35 Kč.", "30=30 CZK | 35 Kč=35 CZK"},
		{"Zisk klesl na 3,1 miliardy korun z 3,9 miliardy loni.", "3,1 miliardy korun=3100000000 CZK | 3,9 miliardy=3900000000 CZK"},
		{"Oběd se podražil z 150 na 170 korun.", "150=150 CZK | 170 korun=170 CZK"},
	},
	"uk": {
		{"Виручка зросла до 14 млрд гривень проти 11 млрд торік.", "14 млрд гривень=14000000000 UAH | 11 млрд=11000000000 UAH"},
		{"Тариф зріс з 4 до 5 гривень, а Світовий банк виділить 1,2 млрд дол. США.", "4=4 UAH | 5 гривень=5 UAH | 1,2 млрд дол. США=1200000000 USD"},
		{"Експорт приніс 2,3 млрд дол. за пів року.", "2,3 млрд дол.=2300000000 USD"},
		{"Ціна піднялася з 9 до 12 гривень.", "9=9 UAH | 12 гривень=12 UAH"},
	},
	"und": {
		{"Price: 1.500 €", "1.500 €=1500 EUR"},
		{"Price: $1,500", "$1,500=1500 USD"},
		{"Price: 1,5 Mio. EUR", "1,5 Mio. EUR=1500000 EUR"},
		{"Price: 2.5 million dollars", "2.5 million dollars=2500000 USD"},
		{"Born 1970, 3-1, 5%", ""},
		{"₹500 करोड़", "₹500 करोड़=5000000000 INR"},
		{"Kestrel Mining posts H1 profit of US$2.4 bln, beats forecasts", "US$2.4 bln=2400000000 USD"},
	},
}

// few are the languages with fewer cases than the 40 each of the others has.
var few = map[string]bool{"und": true, "id": true, "ms": true, "zh": true, "hi": true, "mr": true,
	"ne": true, "bn": true, "da": true, "no": true, "cs": true, "uk": true, "pa": true, "gu": true, "ta": true, "te": true, "kn": true, "ml": true}

// TestLexiconIsNFC: the text is in NFC when it is looked up, so a word
// written otherwise in the lexicon is never found.
func TestLexiconIsNFC(t *testing.T) {
	for w := range names {
		if !norm.NFC.IsNormalString(w) {
			t.Errorf("currency word %q is not in NFC", w)
		}
	}
	for w := range scales {
		if !norm.NFC.IsNormalString(w) {
			t.Errorf("scale word %q is not in NFC", w)
		}
	}
}

func TestFind(t *testing.T) {
	for lang, cs := range cases {
		if !few[lang] && len(cs) < 40 {
			t.Errorf("%s: %d cases, want at least 40", lang, len(cs))
		}
		for _, c := range cs {
			t.Run(lang+"/"+c.text, func(t *testing.T) {
				got := Find(c.text, lang)
				var gs []string
				rs := []rune(c.text)
				for _, a := range got {
					gs = append(gs, a.Text+"="+a.Canonical())
					if a.Start < 0 || a.End > len(rs) || a.Start >= a.End || string(rs[a.Start:a.End]) != a.Text {
						t.Errorf("offsets [%d,%d) do not give %q", a.Start, a.End, a.Text)
					}
					if a.Confidence <= 0 || a.Confidence > 1 {
						t.Errorf("confidence %v out of (0,1]", a.Confidence)
					}
				}
				if g := strings.Join(gs, " | "); g != c.want {
					t.Errorf("Find(%q, %s)\n got: %s\nwant: %s", c.text, lang, g, c.want)
				}
			})
		}
	}
}

func TestCanonicalKey(t *testing.T) {
	tests := []struct {
		a              Amount
		canonical, key string
	}{
		{Amount{Amount: "590000", Currency: "USD"}, "590000 USD", "money:USD:590000"},
		{Amount{Amount: "0.5", Currency: "EUR"}, "0.5 EUR", "money:EUR:0.5"},
		{Amount{Amount: "5000000", AmountMax: "6000000", Currency: "USD"}, "5000000..6000000 USD", "money:USD:5000000..6000000"},
	}
	for _, tt := range tests {
		if got := tt.a.Canonical(); got != tt.canonical {
			t.Errorf("Canonical() = %q, want %q", got, tt.canonical)
		}
		if got := tt.a.Key(); got != tt.key {
			t.Errorf("Key() = %q, want %q", got, tt.key)
		}
	}
}

// TestCanonicalDecimal checks the canonical form: no trailing zeros, no
// exponent, no leading "+", the same string in Amount and Key.
func TestCanonicalDecimal(t *testing.T) {
	for _, s := range []string{"$4.50", "4,50 €", "1,500.00 USD", "0.10 EUR", "€ 1.000,00", "$1.5bn"} {
		for _, a := range Find(s, "und") {
			if strings.HasSuffix(a.Amount, "0") && strings.Contains(a.Amount, ".") || strings.ContainsAny(a.Amount, "eE+") {
				t.Errorf("%q: amount %q is not canonical", s, a.Amount)
			}
			if a.Key() != fmt.Sprintf("money:%s:%s", a.Currency, a.Amount) {
				t.Errorf("%q: key %q", s, a.Key())
			}
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in, lang, want string
		ok             bool
	}{
		{"590.000", "de", "590000", true},
		{"590,000", "en", "590000", true},
		{"1.500", "en", "1.5", true},
		{"1,500", "de", "1.5", true},
		{"1.500", "und", "1500", true},
		{"1,5", "en", "1.5", true},
		{"12.5", "de", "12.5", true},
		{"0.500", "de", "0.5", true},
		{"2024.123", "de", "2024.123", true},
		{"1.234.567,89", "de", "1234567.89", true},
		{"1,234,567.89", "en", "1234567.89", true},
		{"1 000 000", "fr", "1000000", true},
		{"1\u202f766,92", "fr", "1766.92", true},
		{"2'350'000", "de", "2350000", true},
		{"1’000.50", "de", "1000.5", true},
		{"12.03.2024", "de", "", false},
		{"1.2.3", "en", "", false},
		{"1,23,456", "en", "123456", true}, // Indian grouping: 1 lakh 23 thousand 456
		{"12,34,56,789", "en", "123456789", true},
		{"1,2,456", "en", "", false},
		{"1.23.456", "de", "", false},
		{"1.234,5.6", "de", "", false},
	}
	for _, tt := range tests {
		d, _, ok := parseNumber(tt.in, tt.lang)
		if ok != tt.ok || ok && d.String() != tt.want {
			t.Errorf("parseNumber(%q, %s) = %s, %v; want %s, %v", tt.in, tt.lang, d.String(), ok, tt.want, tt.ok)
		}
	}
}

// TestFormat checks the hand-written canonical formatting against decimal.
func TestFormat(t *testing.T) {
	nums := []num{{m: 0}, {m: 5}, {m: 50, frac: 2}, {m: 450, frac: 2}, {m: 1}, {m: 100, frac: 1}, {m: 123456789012345678, frac: 5},
		{m: 7, frac: 3}, {digits: "12345678901234567890123", frac: 4}, {digits: "000000000000000000001", frac: 0}, {m: 1500}}
	for _, n := range nums {
		for _, exp := range []int32{-2, 0, 1, 3, 6, 9, 12, 15, -70, 70} {
			for _, neg := range []bool{false, true} {
				d := n.dec().Shift(exp)
				if neg {
					d = d.Neg()
				}
				if got, want := n.format(exp, neg), d.String(); got != want {
					t.Errorf("%+v.format(%d, %v) = %s, want %s", n, exp, neg, got, want)
				}
			}
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		s, lang, want string // want is Canonical, "" for not one amount
	}{
		{"590.000 Dollar", "de", "590000 USD"},
		{"  $590,000 ", "en", "590000 USD"},
		{"$5-6 million", "en", "5000000..6000000 USD"},
		{"1,5 Mio. Euro", "de", "1500000 EUR"},
		{"3,2 milliards d'euros", "fr", "3200000000 EUR"},
		{"about $5", "en", ""},
		{"$5 and €6", "en", ""},
		{"590.000", "de", ""},
		{"", "en", ""},
	}
	for _, tt := range tests {
		a, ok := Parse(tt.s, tt.lang)
		got := ""
		if ok {
			got = a.Canonical()
		}
		if got != tt.want {
			t.Errorf("Parse(%q, %s) = %q, want %q", tt.s, tt.lang, got, tt.want)
		}
	}
}
