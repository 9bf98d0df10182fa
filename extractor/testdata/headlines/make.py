#!/usr/bin/env python3
"""Generate gold.jsonl for the `headlines` held-out NER set.

Each entry is (lang, headline, [(type, surface), ...]). P = PERSON,
O = ORGANIZATION. Every whole-word occurrence of every surface string is
marked, longest string first; occurrences inside an already marked longer
span are skipped. Inflected forms are listed as their own surface strings.

Run `python3 make.py` to rewrite gold.jsonl and print the counts table.
"""
import json
import os
import sys

P, O = "PERSON", "ORGANIZATION"
LANGS = ["en", "de", "es", "nl", "pt", "fr", "it", "ru", "pl", "sv", "da", "cs"]

DATA = [
    # ---------------------------------------------------------------- en
    ("en", "Nvidia tops forecasts as data-center sales jump", [(O, "Nvidia")]),
    ("en", "Bank of England holds rates as inflation cools", [(O, "Bank of England")]),
    ("en", "Tesla Stock Slides as Musk Warns of Tougher Year Ahead", [(O, "Tesla"), (P, "Musk")]),
    ("en", "Eurozone growth stalls in third quarter, says Lagarde", [(P, "Lagarde")]),
    ("en", "Brackwell Foods to cut 1,200 jobs after profit warning", [(O, "Brackwell Foods")]),
    ("en", "Arsenal sign winger Oskar Lindqvist from Bodø/Glimt for £38 mln",
     [(O, "Arsenal"), (P, "Oskar Lindqvist"), (O, "Bodø/Glimt")]),
    ("en", "Fed's Waller says December cut is \"not a done deal\"", [(O, "Fed"), (P, "Waller")]),
    ("en", "Bank of Japan raises rates to highest since 1995", [(O, "Bank of Japan")]),
    ("en", "Supreme Court to hear challenge to Trump tariffs in January",
     [(O, "Supreme Court"), (P, "Trump")]),
    ("en", "Mortgage rates drop to lowest level in two years", []),
    ("en", "Harlow & Finch Agrees $4.2 Bln Takeover of Meridian Logistics",
     [(O, "Harlow & Finch"), (O, "Meridian Logistics")]),
    ("en", "Microsoft and OpenAI rework partnership as rivals circle",
     [(O, "Microsoft"), (O, "OpenAI")]),
    ("en", "UAW calls strike at three Stellantis plants", [(O, "UAW"), (O, "Stellantis")]),
    ("en", "Home sales unexpectedly rise in October", []),
    ("en", "Former Greyfield Capital chief Dana Whitlock charged with fraud",
     [(O, "Greyfield Capital"), (P, "Dana Whitlock")]),
    ("en", "Apple Inc. sued by Justice Department over app store rules",
     [(O, "Apple Inc."), (O, "Justice Department")]),
    ("en", "Senate Passes Stopgap Bill to Avert Government Shutdown", [(O, "Senate")]),
    ("en", "Gas prices climb ahead of holiday travel weekend", []),
    ("en", "Corvane Aerospace: jet output to double by March", [(O, "Corvane Aerospace")]),
    ("en", "Priya Natarajan named chief executive of Halcyon Bank",
     [(P, "Priya Natarajan"), (O, "Halcyon Bank")]),
    # ---------------------------------------------------------------- de
    ("de", "Deutsche Bank baut 2000 Stellen im Privatkundengeschäft ab", [(O, "Deutsche Bank")]),
    ("de", "Siemens Energy: Auftragseingang erreicht Rekordwert", [(O, "Siemens Energy")]),
    ("de", "EZB lässt Leitzins zum dritten Mal in Folge unverändert", [(O, "EZB")]),
    ("de", "Merz verteidigt Haushaltskompromiss im Bundestag", [(P, "Merz"), (O, "Bundestag")]),
    ("de", "BaFin verhängt 590.000 Euro Bußgeld gegen Hallmann Leasing",
     [(O, "BaFin"), (O, "Hallmann Leasing")]),
    ("de", "Verband der Automobilindustrie senkt Prognose für Inlandsabsatz",
     [(O, "Verband der Automobilindustrie")]),
    ("de", "Bayern München verlängert mit Kimmich bis 2029", [(O, "Bayern München"), (P, "Kimmich")]),
    ("de", "„Wir sind nicht am Ende“: Lufthansa-Chef Spohr kündigt Sparprogramm an",
     [(O, "Lufthansa"), (P, "Spohr")]),
    ("de", "Inflation in Deutschland sinkt auf 2,1 Prozent", []),
    ("de", "Mieten in Großstädten steigen weiter kräftig", []),
    ("de", "Verdi ruft zu Warnstreiks im Einzelhandel auf", [(O, "Verdi")]),
    ("de", "Landgericht Köln verurteilt Finora-Gründer Malte Berger zu Haftstrafe",
     [(O, "Landgericht Köln"), (O, "Finora"), (P, "Malte Berger")]),
    ("de", "Thermovolt aus Jena sammelt 45 Millionen Euro ein", [(O, "Thermovolt")]),
    ("de", "Finanzminister Klingbeil widerspricht Wirtschaftsministerin Reiche beim Strompreis",
     [(P, "Klingbeil"), (P, "Reiche")]),
    ("de", "Ex-Vorstand der Nordhafen AG, Jens Albrecht, muss vor Gericht",
     [(O, "Nordhafen AG"), (P, "Jens Albrecht")]),
    ("de", "Volkswagen und IG Metall einigen sich auf Tarifvertrag",
     [(O, "Volkswagen"), (O, "IG Metall")]),
    ("de", "Bahnchaos: Pendler warten im Schnitt 40 Minuten", []),
    ("de", "Zalando übernimmt Modeplattform Kleidwerk für 300 Millionen Euro",
     [(O, "Zalando"), (O, "Kleidwerk")]),
    ("de", "Keine schnelle Zinssenkung, sagt Bundesbank-Chef Nagel", [(O, "Bundesbank"), (P, "Nagel")]),
    ("de", "Bundesministerium der Finanzen rechnet mit höheren Steuereinnahmen",
     [(O, "Bundesministerium der Finanzen")]),
    # ---------------------------------------------------------------- es
    ("es", "Inditex eleva un 9% su beneficio hasta octubre", [(O, "Inditex")]),
    ("es", "El Banco de España mejora su previsión de crecimiento para 2027",
     [(O, "Banco de España")]),
    ("es", "Sánchez anuncia una rebaja del IVA de la luz", [(P, "Sánchez")]),
    ("es", "La CNMV multa con 590.000 euros a Gestora Albariza",
     [(O, "CNMV"), (O, "Gestora Albariza")]),
    ("es", "Feijóo exige elecciones anticipadas tras la derrota en el Congreso",
     [(P, "Feijóo"), (O, "Congreso")]),
    ("es", "El Real Madrid ficha a un central del Benfica por 60 millones",
     [(O, "Real Madrid"), (O, "Benfica")]),
    ("es", "“No habrá subida de impuestos”, asegura Cuerpo", [(P, "Cuerpo")]),
    ("es", "Telefónica recorta 3.000 empleos en España", [(O, "Telefónica")]),
    ("es", "El paro baja en noviembre por primera vez en una década", []),
    ("es", "Suben los precios del aceite de oliva un 12%", []),
    ("es", "El Ministerio de Hacienda recauda 4.000 millones más por el IRPF",
     [(O, "Ministerio de Hacienda")]),
    ("es", "Iberdrola y Repsol pujan por la eólica marina de Galicia",
     [(O, "Iberdrola"), (O, "Repsol")]),
    ("es", "Lucía Ferrán, nueva consejera delegada de Grupo Alcázar Textil",
     [(P, "Lucía Ferrán"), (O, "Grupo Alcázar Textil")]),
    ("es", "El Tribunal Supremo avala el despido de 200 trabajadores de Norvia Logística",
     [(O, "Tribunal Supremo"), (O, "Norvia Logística")]),
    ("es", "El Atlético de Madrid destituye a su entrenador tras tres derrotas",
     [(O, "Atlético de Madrid")]),
    ("es", "Lluvias torrenciales obligan a cortar cinco carreteras", []),
    ("es", "Banco Santander gana 3.400 millones en el tercer trimestre", [(O, "Banco Santander")]),
    ("es", "Supermercados Olmedo abrirá 40 tiendas en Portugal en 2027",
     [(O, "Supermercados Olmedo")]),
    ("es", "Los sindicatos CCOO y UGT convocan huelga en el metal", [(O, "CCOO"), (O, "UGT")]),
    ("es", "Las ventas de Solterra Motors caen un 30%, admite Andrés Vidal",
     [(O, "Solterra Motors"), (P, "Andrés Vidal")]),
    # ---------------------------------------------------------------- nl
    ("nl", "ASML verhoogt omzetverwachting voor 2027", [(O, "ASML")]),
    ("nl", "Raad van State kraakt stikstofplan van het kabinet", [(O, "Raad van State")]),
    ("nl", "DNB waarschuwt voor oververhitte huizenmarkt", [(O, "DNB")]),
    ("nl", "Ajax ontslaat trainer na nederlaag tegen Feyenoord", [(O, "Ajax"), (O, "Feyenoord")]),
    ("nl", "Het ministerie van Financiën verwacht tekort van 2,8 procent",
     [(O, "ministerie van Financiën")]),
    ("nl", "Jetten: 'Nieuw kabinet moet snel aan de slag'", [(P, "Jetten")]),
    ("nl", "ING schrapt 950 banen in Nederland", [(O, "ING")]),
    ("nl", "Huizenprijzen stijgen opnieuw met bijna 8 procent", []),
    ("nl", "Treinverkeer rond Utrecht urenlang plat door storing", []),
    ("nl", "Aantal faillissementen daalt in november naar laagste niveau", []),
    ("nl", "Partij van de Arbeid en GroenLinks gaan officieel samen verder",
     [(O, "Partij van de Arbeid"), (O, "GroenLinks")]),
    ("nl", "Philips zet tak voor slaapapneu in de verkoop", [(O, "Philips")]),
    ("nl", "Delftse start-up Windrift van Joost Kramer haalt 25 miljoen euro op",
     [(O, "Windrift"), (P, "Joost Kramer")]),
    ("nl", "FNV dreigt met acties in de metaal", [(O, "FNV")]),
    ("nl", "Ahold Delhaize boekt hogere winst dankzij Amerikaanse tak", [(O, "Ahold Delhaize")]),
    ("nl", "Sanne Verbeek nieuwe topvrouw van Hollandse Kustbank",
     [(P, "Sanne Verbeek"), (O, "Hollandse Kustbank")]),
    ("nl", "'We staan er goed voor', zegt DNB-president Sleijpen", [(O, "DNB"), (P, "Sleijpen")]),
    ("nl", "AFM beboet vermogensbeheerder Lindenhof Capital", [(O, "AFM"), (O, "Lindenhof Capital")]),
    ("nl", "Oud-directeur van Vastgoedfonds Zeeland, Pieter de Wit, aangehouden",
     [(O, "Vastgoedfonds Zeeland"), (P, "Pieter de Wit")]),
    ("nl", "Tweede Kamer stemt in met hogere defensie-uitgaven", [(O, "Tweede Kamer")]),
    # ---------------------------------------------------------------- pt
    ("pt", "Banco de Portugal revê em alta crescimento da economia", [(O, "Banco de Portugal")]),
    ("pt", "Galp dispara 6% após nova descoberta na Namíbia", [(O, "Galp")]),
    ("pt", "Montenegro promete baixar o IRS em 2027", [(P, "Montenegro")]),
    ("pt", "Benfica vence Sporting e isola-se na liderança", [(O, "Benfica"), (O, "Sporting")]),
    ("pt", "Caixa Geral de Depósitos lucra 1,4 mil milhões até setembro",
     [(O, "Caixa Geral de Depósitos")]),
    ("pt", "Lula sanciona reforma do imposto de renda", [(P, "Lula")]),
    ("pt", "Petrobras anuncia investimento de US$ 111 bilhões", [(O, "Petrobras")]),
    ("pt", "“Não há margem para aumentos”, diz Miranda Sarmento", [(P, "Miranda Sarmento")]),
    ("pt", "Preços das casas sobem 17% no terceiro trimestre", []),
    ("pt", "Greve nos comboios deixa milhares sem transporte", []),
    ("pt", "Inflação abranda para 2,2% em novembro", []),
    ("pt", "Tecnológica Lusovia contrata 300 engenheiros no Porto", [(O, "Lusovia")]),
    ("pt", "Ana Quintela deixa a presidência da Seguradora Atlântida",
     [(P, "Ana Quintela"), (O, "Seguradora Atlântida")]),
    ("pt", "Supremo Tribunal Federal julga recurso de Bolsonaro",
     [(O, "Supremo Tribunal Federal"), (P, "Bolsonaro")]),
    ("pt", "Banco Central do Brasil mantém Selic em 15%", [(O, "Banco Central do Brasil")]),
    ("pt", "CGTP convoca manifestação contra pacote laboral", [(O, "CGTP")]),
    ("pt", "EDP vende barragens à Hidronorte por 900 milhões de euros",
     [(O, "EDP"), (O, "Hidronorte")]),
    ("pt", "Sonae: lucros caem 12% com guerra de preços", [(O, "Sonae")]),
    ("pt", "Ex-administrador do Banco Meridional, Rui Falcão, condenado a seis anos",
     [(O, "Banco Meridional"), (P, "Rui Falcão")]),
    ("pt", "Comissão Europeia aprova ajuda à TAP, diz Pinto Luz",
     [(O, "Comissão Europeia"), (O, "TAP"), (P, "Pinto Luz")]),
    # ---------------------------------------------------------------- fr
    ("fr", "La Banque de France abaisse sa prévision de croissance", [(O, "Banque de France")]),
    ("fr", "LVMH: les ventes reculent encore au troisième trimestre", [(O, "LVMH")]),
    ("fr", "Le Parti socialiste menace de censurer le gouvernement", [(O, "Parti socialiste")]),
    ("fr", "L'Assemblée nationale rejette la réforme des retraites en première lecture",
     [(O, "Assemblée nationale")]),
    ("fr", "TotalEnergies rachète un producteur d'électricité allemand pour 1,6 milliard d'euros",
     [(O, "TotalEnergies")]),
    ("fr", "PSG: Luis Enrique prolonge jusqu'en 2030", [(O, "PSG"), (P, "Luis Enrique")]),
    ("fr", "« Nous ne lâcherons rien », prévient Sophie Binet", [(P, "Sophie Binet")]),
    ("fr", "Le prix de l'essence repart à la hausse", []),
    ("fr", "Grève à la SNCF: trafic très perturbé mardi", [(O, "SNCF")]),
    ("fr", "Le chômage grimpe à 7,9% au troisième trimestre", []),
    ("fr", "Renault supprime 3 000 postes d'ingénieurs", [(O, "Renault")]),
    ("fr", "Le Conseil d'État suspend l'arrêté anti-mendicité de Nice", [(O, "Conseil d'État")]),
    ("fr", "La start-up nantaise Kelvane lève 40 millions d'euros", [(O, "Kelvane")]),
    ("fr", "Bernard Arnault et Xavier Niel s'associent dans les médias",
     [(P, "Bernard Arnault"), (P, "Xavier Niel")]),
    ("fr", "Margaux Delorme prend la tête du Crédit Rhodanien",
     [(P, "Margaux Delorme"), (O, "Crédit Rhodanien")]),
    ("fr", "L'AMF sanctionne la société de gestion Valmonde Capital",
     [(O, "AMF"), (O, "Valmonde Capital")]),
    ("fr", "Les agriculteurs bloquent les autoroutes autour de Paris", []),
    ("fr", "Le ministère de l'Économie relève sa prévision de déficit",
     [(O, "ministère de l'Économie")]),
    ("fr", "Mbappé offre la victoire au Real Madrid face à Gérone",
     [(P, "Mbappé"), (O, "Real Madrid"), (O, "Gérone")]),
    ("fr", "Ex-patron de Fermex, Thierry Langlade mis en examen pour fraude",
     [(O, "Fermex"), (P, "Thierry Langlade")]),
    # ---------------------------------------------------------------- it
    ("it", "Banca d'Italia taglia le stime sul Pil", [(O, "Banca d'Italia")]),
    ("it", "La Commissione europea apre un'indagine su Stellantis",
     [(O, "Commissione europea"), (O, "Stellantis")]),
    ("it", "Meloni: \"Nessuna nuova tassa sulle banche\"", [(P, "Meloni")]),
    ("it", "Juventus, Vlahović rinnova fino al 2028", [(O, "Juventus"), (P, "Vlahović")]),
    ("it", "Enel investe 12 miliardi nelle reti elettriche", [(O, "Enel")]),
    ("it", "La Corte dei conti boccia il piano di spesa del ministero", [(O, "Corte dei conti")]),
    ("it", "Fratelli d'Italia chiede le dimissioni del sindaco Rinaldi",
     [(O, "Fratelli d'Italia"), (P, "Rinaldi")]),
    ("it", "Inflazione stabile all'1,2% a novembre", []),
    ("it", "Prezzi delle case in aumento nelle grandi città", []),
    ("it", "Treni in ritardo, pendolari infuriati in Lombardia", []),
    ("it", "Cassa depositi e prestiti entra nel capitale di Fibralink",
     [(O, "Cassa depositi e prestiti"), (O, "Fibralink")]),
    ("it", "Giorgetti: la manovra vale 18 miliardi di euro", [(P, "Giorgetti")]),
    ("it", "Ferrari alza i target dopo un trimestre record", [(O, "Ferrari")]),
    ("it", "La Cgil proclama lo sciopero generale per il 12 dicembre", [(O, "Cgil")]),
    ("it", "Intesa Sanpaolo acquisisce la fintech Pagaluce per 250 milioni",
     [(O, "Intesa Sanpaolo"), (O, "Pagaluce")]),
    ("it", "Marco Bellandi lascia la guida di Tessiture Riunite Biellesi",
     [(P, "Marco Bellandi"), (O, "Tessiture Riunite Biellesi")]),
    ("it", "Inter battuta dal Napoli, Conte esulta", [(O, "Inter"), (O, "Napoli"), (P, "Conte")]),
    ("it", "\"Serve un patto sui salari\", dice Landini", [(P, "Landini")]),
    ("it", "Mediobanca: utile in calo del 15% nel trimestre", [(O, "Mediobanca")]),
    ("it", "L'Antitrust multa Vetrano Logistica per 3 milioni",
     [(O, "Antitrust"), (O, "Vetrano Logistica")]),
    # ---------------------------------------------------------------- ru
    ("ru", "Банк России сохранил ключевую ставку на уровне 16,5%", [(O, "Банк России")]),
    ("ru", "Государственная дума приняла бюджет на 2027 год", [(O, "Государственная дума")]),
    ("ru", "Набиуллина: «Инфляция замедляется быстрее прогноза»", [(P, "Набиуллина")]),
    ("ru", "Сбербанк увеличил чистую прибыль на 8%", [(O, "Сбербанк")]),
    ("ru", "Минфин разместил облигации на 120 млрд рублей", [(O, "Минфин")]),
    ("ru", "«Спартак» обыграл ЦСКА в московском дерби", [(O, "Спартак"), (O, "ЦСКА")]),
    ("ru", "Верховный суд отменил штраф компании «Северлес»",
     [(O, "Верховный суд"), (O, "Северлес")]),
    ("ru", "Цены на бензин выросли третью неделю подряд", []),
    ("ru", "Морозы ударили по урожаю озимых", []),
    ("ru", "Число ипотечных сделок сократилось на треть", []),
    ("ru", "Глава «Норильского никеля» Потанин допустил сокращение добычи",
     [(O, "Норильского никеля"), (P, "Потанин")]),
    ("ru", "«Яндекс» запустил беспилотные грузовики между Москвой и Казанью", [(O, "Яндекс")]),
    ("ru", "Московская биржа приостановила торги акциями «Технопарка-М»",
     [(O, "Московская биржа"), (O, "Технопарка-М")]),
    ("ru", "Путин провёл телефонный разговор с Си Цзиньпином",
     [(P, "Путин"), (P, "Си Цзиньпином")]),
    ("ru", "Счётная палата выявила нарушения в «Росавтодоре»",
     [(O, "Счётная палата"), (O, "Росавтодоре")]),
    ("ru", "Основатель «Вектор-Инвеста» Игорь Самарин задержан в Москве",
     [(O, "Вектор-Инвеста"), (P, "Игорь Самарин")]),
    ("ru", "«Газпром» снизил прибыль на 40%", [(O, "Газпром")]),
    ("ru", "Силуанов исключил новое повышение налогов", [(P, "Силуанов")]),
    ("ru", "Инвестиции в IT-сектор составят 500 млрд рублей, заявил Мишустин",
     [(P, "Мишустин")]),
    ("ru", "Анна Ветрова возглавила совет директоров «Ростемплекса»",
     [(P, "Анна Ветрова"), (O, "Ростемплекса")]),
    # ---------------------------------------------------------------- pl
    ("pl", "RPP obniżyła stopy procentowe o 25 pkt bazowych", [(O, "RPP")]),
    ("pl", "Orlen zwiększył zysk mimo spadku cen ropy", [(O, "Orlen")]),
    ("pl", "Prawo i Sprawiedliwość składa wniosek o wotum nieufności",
     [(O, "Prawo i Sprawiedliwość")]),
    ("pl", "Urząd Ochrony Konkurencji i Konsumentów ukarał Meblorię kwotą 12 mln zł",
     [(O, "Urząd Ochrony Konkurencji i Konsumentów"), (O, "Meblorię")]),
    ("pl", "Tusk: nie będzie podwyżki podatków w 2027 roku", [(P, "Tusk")]),
    ("pl", "Glapiński: inflacja wróci do celu w przyszłym roku", [(P, "Glapiński")]),
    ("pl", "Legia pokonała Lecha Poznań 2:1 w hicie kolejki", [(O, "Legia"), (O, "Lecha Poznań")]),
    ("pl", "Ceny mieszkań w Warszawie znów w górę", []),
    ("pl", "Rekordowy ruch na granicy przed świętami", []),
    ("pl", "Benzyna tanieje trzeci tydzień z rzędu", []),
    ("pl", "Sejm uchwalił ustawę o asystencji osobistej", [(O, "Sejm")]),
    ("pl", "Lewandowski strzelił dwa gole dla Barcelony", [(P, "Lewandowski"), (O, "Barcelony")]),
    ("pl", "KGHM wstrzymuje wydobycie w jednej z kopalń", [(O, "KGHM")]),
    ("pl", "„To był błąd”, przyznaje Wiktor Zalewski, były prezes Tarbudu",
     [(P, "Wiktor Zalewski"), (O, "Tarbudu")]),
    ("pl", "PKO BP przejmie fintech Płatnik24 za 400 mln zł", [(O, "PKO BP"), (O, "Płatnik24")]),
    ("pl", "Nawrocki zawetował ustawę o energetyce wiatrowej", [(P, "Nawrocki")]),
    ("pl", "Związkowcy z Solidarności protestują przed Ministerstwem Finansów",
     [(O, "Solidarności"), (O, "Ministerstwem Finansów")]),
    ("pl", "Wrocławski Aerovik Pawła Nowickiego pozyskał 30 mln zł",
     [(O, "Aerovik"), (P, "Pawła Nowickiego")]),
    ("pl", "KNF cofnęła licencję firmie Vistamax Finanse", [(O, "KNF"), (O, "Vistamax Finanse")]),
    ("pl", "Inflacja spada szybciej, niż zakładano, mówi Andrzej Domański",
     [(P, "Andrzej Domański")]),
    # ---------------------------------------------------------------- sv
    ("sv", "Riksbanken lämnar styrräntan oförändrad på 1,75 procent", [(O, "Riksbanken")]),
    ("sv", "Högsta domstolen friar tidigare vd:n för Nordkran",
     [(O, "Högsta domstolen"), (O, "Nordkran")]),
    ("sv", "Volvo Cars varslar 1 500 anställda", [(O, "Volvo Cars")]),
    ("sv", "Kristersson: regeringen höjer inte skatten", [(P, "Kristersson")]),
    ("sv", "H&M:s vinst steg mer än väntat", [(O, "H&M")]),
    ("sv", "Svenska kyrkan säljer fastigheter för 2 miljarder kronor", [(O, "Svenska kyrkan")]),
    ("sv", "Budgeten klubbad i riksdagen efter långt nattmöte", [(O, "riksdagen")]),
    ("sv", "Elpriset rusar när kylan når södra Sverige", []),
    ("sv", "Bostadspriserna sjönk för andra månaden i rad", []),
    ("sv", "Pendeltågen stod still i flera timmar", []),
    ("sv", "Malmö FF klart för gruppspel i Europa League", [(O, "Malmö FF")]),
    ("sv", "”Vi har inte råd att vänta”, säger Elisabeth Svantesson",
     [(P, "Elisabeth Svantesson")]),
    ("sv", "Spotify höjer priserna igen – tredje gången på två år", [(O, "Spotify")]),
    ("sv", "Socialdemokraterna går om Moderaterna i ny mätning",
     [(O, "Socialdemokraterna"), (O, "Moderaterna")]),
    ("sv", "Techbolaget Lumora tar in 200 miljoner, säger vd:n Sara Lindblom",
     [(O, "Lumora"), (P, "Sara Lindblom")]),
    ("sv", "Finansinspektionen drar in tillståndet för Kvarnberg Kapital",
     [(O, "Finansinspektionen"), (O, "Kvarnberg Kapital")]),
    ("sv", "Ingrid Falk blir ny vd för skogsbolaget Norrvik",
     [(P, "Ingrid Falk"), (O, "Norrvik")]),
    ("sv", "Ericsson tappar 8 procent efter svag rapport", [(O, "Ericsson")]),
    ("sv", "Zlatan Ibrahimović ökar sitt ägande i Hammarby",
     [(P, "Zlatan Ibrahimović"), (O, "Hammarby")]),
    ("sv", "Magdalena Andersson kräver svar av Kristersson om elpriset",
     [(P, "Magdalena Andersson"), (P, "Kristersson")]),
    # ---------------------------------------------------------------- da
    ("da", "Novo Nordisk nedjusterer forventningerne igen", [(O, "Novo Nordisk")]),
    ("da", "Nationalbanken hæver renten med 0,25 procentpoint", [(O, "Nationalbanken")]),
    ("da", "Mette Frederiksen: Vi skal bruge flere penge på forsvaret",
     [(P, "Mette Frederiksen")]),
    ("da", "Konkurrence- og Forbrugerstyrelsen undersøger elselskabernes priser",
     [(O, "Konkurrence- og Forbrugerstyrelsen")]),
    ("da", "Mærsk advarer om faldende fragtrater", [(O, "Mærsk")]),
    ("da", "FC København slår Brøndby i derbyet", [(O, "FC København"), (O, "Brøndby")]),
    ("da", "Huspriserne stiger for tiende måned i træk", []),
    ("da", "Flere danskere dropper juleferien i udlandet", []),
    ("da", "Storm lukker Storebæltsbroen for lastbiler", []),
    ("da", "Carlsberg sælger bryggeri i Asien for 4 milliarder kroner", [(O, "Carlsberg")]),
    ("da", "Danske Bank får bøde på 45 mio. kroner", [(O, "Danske Bank")]),
    ("da", "Højesteret giver Skattestyrelsen medhold i sag mod Vindora",
     [(O, "Højesteret"), (O, "Skattestyrelsen"), (O, "Vindora")]),
    ("da", "Institut for Menneskerettigheder kritiserer ny udlændingelov",
     [(O, "Institut for Menneskerettigheder")]),
    ("da", "»Det er ikke godt nok«, siger Lars Løkke Rasmussen",
     [(P, "Lars Løkke Rasmussen")]),
    ("da", "Folketinget vedtager finansloven for 2027", [(O, "Folketinget")]),
    ("da", "Grøn startup Solvarme Nord henter 80 millioner kroner", [(O, "Solvarme Nord")]),
    ("da", "Mads Kjærgaard bliver ny topchef i Nordlys Forsikring",
     [(P, "Mads Kjærgaard"), (O, "Nordlys Forsikring")]),
    ("da", "Vestas vinder stor ordre i USA", [(O, "Vestas")]),
    ("da", "Fynbo Pensions tidligere direktør Bent Holm sigtet for mandatsvig",
     [(O, "Fynbo Pensions"), (P, "Bent Holm")]),
    ("da", "Ørsted: aktien styrtdykker efter kapitaludvidelse", [(O, "Ørsted")]),
    # ---------------------------------------------------------------- cs
    ("cs", "Česká národní banka ponechala sazby beze změny", [(O, "Česká národní banka")]),
    ("cs", "Babiš: rozpočet musí projít do konce roku", [(P, "Babiš")]),
    ("cs", "ČEZ zvýšil zisk díky vyšším cenám elektřiny", [(O, "ČEZ")]),
    ("cs", "Ústavní soud zrušil část zákona o hazardu", [(O, "Ústavní soud")]),
    ("cs", "Sparta porazila Slavii 2:0 v derby", [(O, "Sparta"), (O, "Slavii")]),
    ("cs", "Ceny bytů v Praze dál rostou", []),
    ("cs", "Benzín zlevnil už třetí týden po sobě", []),
    ("cs", "Sníh komplikuje dopravu na dálnici D1", []),
    ("cs", "Komerční banka propustí 400 lidí", [(O, "Komerční banka")]),
    ("cs", "Poslanecká sněmovna schválila zvýšení platů učitelů", [(O, "Poslanecká sněmovna")]),
    ("cs", "Šéf Agrofertu slíbil investice za 5 miliard korun", [(O, "Agrofertu")]),
    ("cs", "Brněnský startup Lumeno Tomáše Krejčího získal 60 milionů korun",
     [(O, "Lumeno"), (P, "Tomáše Krejčího")]),
    ("cs", "„Inflace se vrací k cíli,“ řekl guvernér Michl", [(P, "Michl")]),
    ("cs", "Soud poslal do vězení bývalého šéfa Stavrexu Jana Doležala",
     [(O, "Stavrexu"), (P, "Jana Doležala")]),
    ("cs", "Škoda Auto vyrobí letos rekordní počet aut", [(O, "Škoda Auto")]),
    ("cs", "Odbory ČMKOS hrozí kvůli platům generální stávkou", [(O, "ČMKOS")]),
    ("cs", "Petr Pavel podepsal novelu stavebního zákona", [(P, "Petr Pavel")]),
    ("cs", "Energetická skupina Voltera koupí elektrárnu za 2,3 miliardy", [(O, "Voltera")]),
    ("cs", "Veronika Straková povede správní radu Hanácké pojišťovny",
     [(P, "Veronika Straková"), (O, "Hanácké pojišťovny")]),
    ("cs", "Evropská komise zahájila šetření proti Seznam.cz",
     [(O, "Evropská komise"), (O, "Seznam.cz")]),
]


# Names invented for this set (surface strings as they appear); everything else
# refers to a real organization or person.
INVENTED = {
    "Brackwell Foods", "Oskar Lindqvist", "Harlow & Finch", "Meridian Logistics",
    "Greyfield Capital", "Dana Whitlock", "Corvane Aerospace", "Priya Natarajan",
    "Halcyon Bank",
    "Hallmann Leasing", "Finora", "Malte Berger", "Thermovolt", "Nordhafen AG",
    "Jens Albrecht", "Kleidwerk",
    "Gestora Albariza", "Lucía Ferrán", "Grupo Alcázar Textil", "Norvia Logística",
    "Supermercados Olmedo", "Solterra Motors", "Andrés Vidal",
    "Windrift", "Joost Kramer", "Sanne Verbeek", "Hollandse Kustbank",
    "Lindenhof Capital", "Vastgoedfonds Zeeland", "Pieter de Wit",
    "Lusovia", "Ana Quintela", "Seguradora Atlântida", "Hidronorte",
    "Banco Meridional", "Rui Falcão",
    "Kelvane", "Margaux Delorme", "Crédit Rhodanien", "Valmonde Capital", "Fermex",
    "Thierry Langlade",
    "Rinaldi", "Fibralink", "Pagaluce", "Marco Bellandi", "Tessiture Riunite Biellesi",
    "Vetrano Logistica",
    "Северлес", "Технопарка-М", "Вектор-Инвеста", "Игорь Самарин", "Анна Ветрова",
    "Ростемплекса",
    "Meblorię", "Wiktor Zalewski", "Tarbudu", "Płatnik24", "Aerovik",
    "Pawła Nowickiego", "Vistamax Finanse",
    "Nordkran", "Lumora", "Sara Lindblom", "Kvarnberg Kapital", "Ingrid Falk", "Norrvik",
    "Vindora", "Solvarme Nord", "Mads Kjærgaard", "Nordlys Forsikring",
    "Fynbo Pensions", "Bent Holm",
    "Lumeno", "Tomáše Krejčího", "Stavrexu", "Jana Doležala", "Voltera",
    "Veronika Straková", "Hanácké pojišťovny",
}


def is_word_char(c):
    return c.isalnum()


def find_whole(text, s):
    """Yield start offsets of whole-word occurrences of s in text."""
    i = text.find(s)
    while i != -1:
        j = i + len(s)
        before_ok = i == 0 or not is_word_char(text[i - 1])
        after_ok = j == len(text) or not is_word_char(text[j])
        if before_ok and after_ok:
            yield i
        i = text.find(s, i + 1)


def annotate(text, names):
    spans = []  # (start, end, type)
    for typ, s in sorted(names, key=lambda n: -len(n[1])):
        found = False
        for i in find_whole(text, s):
            j = i + len(s)
            if any(a <= i and j <= b for a, b, _ in spans):
                found = True  # inside a longer, already marked name
                continue
            if any(i < b and a < j for a, b, _ in spans):
                raise ValueError("partial overlap for %r in %r" % (s, text))
            spans.append((i, j, typ))
            found = True
        if not found:
            raise ValueError("name %r not found in %r" % (s, text))
    spans.sort()
    return [{"type": t, "start": a, "end": b, "text": text[a:b]} for a, b, t in spans]


def build():
    docs, n = [], {}
    for lang, text, names in DATA:
        n[lang] = n.get(lang, 0) + 1
        docs.append({"id": "%s-%d" % (lang, n[lang]), "lang": lang, "text": text,
                     "entities": annotate(text, names)})
    return docs


def counts(docs):
    rows = []
    for lang in LANGS:
        ds = [d for d in docs if d["lang"] == lang]
        per = sum(1 for d in ds for e in d["entities"] if e["type"] == P)
        org = sum(1 for d in ds for e in d["entities"] if e["type"] == O)
        none = sum(1 for d in ds if not d["entities"])
        inv = sum(1 for d in ds for e in d["entities"] if e["text"] in INVENTED)
        rows.append((lang, len(ds), per, org, none, inv))
    return rows


def table(rows):
    out = ["| lang | headlines | PERSON | ORGANIZATION | no entity | invented |",
           "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        out.append("| %s | %d | %d | %d | %d | %d |" % r)
    tot = [sum(r[i] for r in rows) for i in range(1, 6)]
    out.append("| **total** | **%d** | **%d** | **%d** | **%d** | **%d** |" % tuple(tot))
    return "\n".join(out)


def main():
    docs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(table(counts(docs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
