#!/usr/bin/env python3
"""Generate gold.jsonl for the held-out news3 set from hand-written name lists.

Each paragraph is (lang, text, names). A name is (TYPE, surface) meaning
"every whole-word occurrence of surface is an entity of TYPE", or
(TYPE, surface, context) meaning "only the occurrence of surface inside the
unique string context". Offsets are computed here: context-bound names first,
then the rest longest first; an occurrence that falls inside an already
marked span is skipped (names inside names are not marked), a partial overlap
is an error. Word boundary: the characters just outside the span must not be
letters or digits (so "Kent" in "Kent's" and "SPD" in "SPD-Chef" match, but
"Sejm" in "Sejmu" does not).
"""
import json
import os
import sys
from collections import Counter, OrderedDict

P = "PERSON"
O = "ORGANIZATION"

DATA = [
# ---------------------------------------------------------------- English
("en", """Bank of England holds rates as Reeves defends fiscal rules
LONDON (Reuters) - The Bank of England kept its key interest rate at 3.5 per cent on Thursday, with Governor Andrew Bailey warning that services inflation remained "stubbornly high". Seven members of the Monetary Policy Committee voted to hold, while two backed a cut. Chancellor Rachel Reeves said the Treasury would stick to its fiscal rules, a message welcomed by the Office for Budget Responsibility. Shares in Barclays and Lloyds Banking Group rose after the decision, and the Financial Times reported that NatWest was preparing a fresh share buyback.""",
 [(O, "Bank of England"), (P, "Reeves"), (O, "Reuters"), (P, "Andrew Bailey"),
  (O, "Monetary Policy Committee"), (P, "Rachel Reeves"), (O, "Treasury"),
  (O, "Office for Budget Responsibility"), (O, "Barclays"), (O, "Lloyds Banking Group"),
  (O, "Financial Times"), (O, "NatWest")]),

("en", """Apple loses App Store case at competition tribunal
The Competition Appeal Tribunal has ruled that Apple abused its dominant position by charging app developers commissions of up to 30 per cent, in a class action brought on behalf of British consumers by Rachael Kent, a lecturer at King's College London. The judgment could cost the iPhone maker more than £1bn in damages. Apple said it would seek permission to appeal to the Court of Appeal. Kent's lawyers at Hausfeld said the ruling "sends a clear message to Silicon Valley". A similar claim against Google is due to be heard next year.""",
 [(O, "Apple"), (O, "Competition Appeal Tribunal"), (P, "Rachael Kent"), (P, "Kent"),
  (O, "King's College London"), (O, "Court of Appeal"), (O, "Hausfeld"), (O, "Google")]),

("en", """Arsenal beat Manchester City to go four points clear
Bukayo Saka scored twice as Arsenal beat Manchester City 3-1 at the Emirates Stadium on Sunday to move four points clear at the top of the table. Erling Haaland pulled one back for Pep Guardiola's side shortly after half-time, but Declan Rice sealed the win in stoppage time. Mikel Arteta praised his players' "maturity" and said the club would not be distracted by Wednesday's trip to Bayern Munich. The Football Association confirmed it was reviewing a touchline incident involving Guardiola.""",
 [(O, "Arsenal"), (O, "Manchester City"), (P, "Bukayo Saka"), (P, "Erling Haaland"),
  (P, "Pep Guardiola"), (P, "Guardiola"), (P, "Declan Rice"), (P, "Mikel Arteta"),
  (O, "Bayern Munich"), (O, "Football Association")]),

("en", """NHS England to trial weight-loss jabs in GP surgeries
LONDON (PA) - NHS England will offer Novo Nordisk's Wegovy and Eli Lilly's Mounjaro through selected GP surgeries under a two-year pilot, Health Secretary Wes Streeting announced on Monday. The National Institute for Health and Care Excellence (NICE) estimates that more than three million people could be eligible. The British Medical Association welcomed the plan but warned of staff shortages, while the charity Diabetes UK said it must not widen health inequalities. Streeting told BBC Radio 4 that the scheme would be evaluated by researchers at the University of Oxford.""",
 [(O, "NHS England"), (O, "PA"), (O, "Novo Nordisk"), (O, "Eli Lilly"), (P, "Wes Streeting"),
  (P, "Streeting"), (O, "National Institute for Health and Care Excellence"), (O, "NICE"),
  (O, "British Medical Association"), (O, "Diabetes UK"), (O, "BBC Radio 4"),
  (O, "University of Oxford")]),

("en", """BT fined £20m by Ofcom over emergency call outage
The telecoms regulator Ofcom has fined BT Group £20m after a network failure left thousands of people unable to reach 999 services for almost ten hours. Ofcom's director of enforcement said BT had "failed to put adequate safeguards in place". Allison Kirkby, the chief executive of BT Group, apologised and said an internal review carried out by Ernst & Young had been completed. The Communication Workers Union blamed years of job cuts, and Labour MP Chi Onwurah, who chairs the Science, Innovation and Technology Committee, called for a parliamentary inquiry.""",
 [(O, "BT"), (O, "Ofcom"), (O, "BT Group"), (P, "Allison Kirkby"), (O, "Ernst & Young"),
  (O, "Communication Workers Union"), (O, "Labour"), (P, "Chi Onwurah"),
  (O, "Science, Innovation and Technology Committee")]),

("en", """Tate and Arts Council England agree deal to share collection
LONDON (AP) - Tate has agreed a five-year partnership with Arts Council England that will send works from its collection to galleries in Hull, Sunderland and Plymouth, its director Maria Balshaw said on Wednesday. The scheme is backed by a £15m grant from the Gatsby Charitable Foundation. Culture Secretary Lisa Nandy called it "a model for sharing national treasures". The Museums Association said smaller venues were still struggling with energy bills, and the Guardian reported that the National Gallery was considering a similar programme.""",
 [(O, "Tate"), (O, "Arts Council England"), (O, "AP"), (P, "Maria Balshaw"),
  (O, "Gatsby Charitable Foundation"), (P, "Lisa Nandy"), (O, "Museums Association"),
  (O, "Guardian"), (O, "National Gallery")]),

# ---------------------------------------------------------------- German
("de", """Merz und Klingbeil einigen sich auf Haushaltsentwurf
BERLIN (dpa) - Bundeskanzler Friedrich Merz und Finanzminister Lars Klingbeil haben sich nach wochenlangem Streit auf den Haushaltsentwurf für 2027 geeinigt. Der SPD-Chef sprach von einem „fairen Kompromiss“, die CSU verlangte jedoch weitere Einsparungen beim Bürgergeld. Der Bundesrechnungshof hatte zuvor vor steigenden Zinslasten gewarnt. Grünen-Fraktionschefin Katharina Dröge kündigte an, den Entwurf im Bundestag abzulehnen, und die Deutsche Bundesbank mahnte in ihrem Monatsbericht zu mehr Haushaltsdisziplin.""",
 [(P, "Merz"), (P, "Klingbeil"), (O, "dpa"), (P, "Friedrich Merz"), (P, "Lars Klingbeil"),
  (O, "SPD"), (O, "CSU"), (O, "Bundesrechnungshof"), (O, "Grünen"), (P, "Katharina Dröge"),
  (O, "Bundestag"), (O, "Deutsche Bundesbank")]),

("de", """Siemens AG hebt Prognose nach starkem Quartal an
Die Siemens AG hat nach einem überraschend starken vierten Quartal ihre Gewinnprognose angehoben. Vorstandschef Roland Busch verwies auf eine hohe Nachfrage nach Automatisierungstechnik aus China und den USA, Aufsichtsratschef Jim Hagemann Snabe sprach von einem „Rekordjahr“. Auch die Tochter Siemens Healthineers übertraf die Erwartungen der Analysten von Goldman Sachs und der Deutschen Bank. Die IG Metall forderte, die Gewinne müssten auch bei den Beschäftigten in Erlangen ankommen.""",
 [(O, "Siemens AG"), (P, "Roland Busch"), (P, "Jim Hagemann Snabe"),
  (O, "Siemens Healthineers"), (O, "Goldman Sachs"), (O, "Deutschen Bank"), (O, "IG Metall")]),

("de", """Bundesgerichtshof stärkt Rechte von Bahnkunden
KARLSRUHE (AFP) - Der Bundesgerichtshof hat die Deutsche Bahn verpflichtet, Fahrgästen bei ausgefallenen Anschlusszügen auch Taxikosten zu erstatten. Geklagt hatte der Verbraucherzentrale Bundesverband (vzbv), nachdem ein Pendler aus Kassel vergeblich Ersatz gefordert hatte. DB-Chefin Evelyn Palla kündigte an, das Urteil „zügig umzusetzen“. Der Fahrgastverband Pro Bahn sprach von einem wichtigen Signal, während Verkehrsminister Patrick Schnieder (CDU) den Konzern zu besserer Pünktlichkeit aufforderte.""",
 [(O, "Bundesgerichtshof"), (O, "AFP"), (O, "Deutsche Bahn"), (O, "Verbraucherzentrale Bundesverband"),
  (O, "vzbv"), (O, "DB"), (P, "Evelyn Palla"), (O, "Pro Bahn"), (P, "Patrick Schnieder"), (O, "CDU")]),

("de", """Leverkusen schlägt Dortmund im Spitzenspiel
Bayer Leverkusen hat das Spitzenspiel gegen Borussia Dortmund mit 2:1 gewonnen und ist bis auf einen Punkt an Tabellenführer Bayern München herangerückt. Patrik Schick traf zweimal für die Gastgeber, ehe Serhou Guirassy in der Nachspielzeit verkürzte. BVB-Trainer Niko Kovač beklagte eine „unglückliche“ Schiedsrichterentscheidung, Leverkusens Coach Kasper Hjulmand lobte die Moral seiner Mannschaft. Der Deutsche Fußball-Bund (DFB) prüft unterdessen Ausschreitungen vor dem Stadion.""",
 [(O, "Leverkusen"), (O, "Dortmund"), (O, "Bayer Leverkusen"), (O, "Borussia Dortmund"),
  (O, "Bayern München"), (P, "Patrik Schick"), (P, "Serhou Guirassy"), (O, "BVB"),
  (P, "Niko Kovač"), (O, "Leverkusens"), (P, "Kasper Hjulmand"), (O, "Deutsche Fußball-Bund"), (O, "DFB")]),

("de", """RWE und Uniper wollen neue Gaskraftwerke bauen
ESSEN (dpa) - Die Energiekonzerne RWE und Uniper wollen sich an der ersten Ausschreibung für wasserstofffähige Gaskraftwerke beteiligen. Wirtschaftsministerin Katherina Reiche (CDU) hatte die Auktion nach langem Ringen mit der EU-Kommission auf den Weg gebracht. RWE-Chef Markus Krebber sagte dem „Handelsblatt“, sein Unternehmen könne bis zu drei Gigawatt bauen. Die Bundesnetzagentur soll die Gebote bis Ende März prüfen. Umweltverbände wie Greenpeace kritisierten die Pläne als Rückschritt.""",
 [(O, "RWE"), (O, "Uniper"), (O, "dpa"), (P, "Katherina Reiche"), (O, "CDU"), (O, "EU-Kommission"),
  (P, "Markus Krebber"), (O, "Handelsblatt"), (O, "Bundesnetzagentur"), (O, "Greenpeace")]),

("de", """ZDF und ARD ziehen erneut gegen die Länder vor Gericht
ZDF-Intendant Norbert Himmler hat die Länder aufgefordert, die von der Kommission zur Ermittlung des Finanzbedarfs der Rundfunkanstalten (KEF) empfohlene Erhöhung des Rundfunkbeitrags umzusetzen. Gemeinsam mit der ARD legte das ZDF erneut Verfassungsbeschwerde in Karlsruhe ein. Der Deutsche Journalisten-Verband unterstützte den Schritt, während Bayerns Ministerpräsident Markus Söder (CSU) die Anstalten „zu groß und zu teuer“ nannte. Nach Angaben der „Süddeutschen Zeitung“ wollen mehrere Länder ein Moratorium beschließen.""",
 [(O, "ZDF"), (O, "ARD"), (P, "Norbert Himmler"),
  (O, "Kommission zur Ermittlung des Finanzbedarfs der Rundfunkanstalten"), (O, "KEF"),
  (O, "Deutsche Journalisten-Verband"), (P, "Markus Söder"), (O, "CSU"), (O, "Süddeutschen Zeitung")]),

# ---------------------------------------------------------------- French
("fr", """La Banque de France abaisse sa prévision de croissance
PARIS (AFP) - La Banque de France a revu à la baisse sa prévision de croissance pour 2027, invoquant l'incertitude politique et le ralentissement du commerce mondial. Son gouverneur, François Villeroy de Galhau, a appelé à l'adoption d'« un budget crédible » avant la fin de l'année. L'Insee table de son côté sur une croissance de 0,8 %. Le Premier ministre Sébastien Lecornu a jugé ces estimations « prudentes », tandis que la Cour des comptes a de nouveau alerté sur la dérive de la dette publique et que le ministère de l'Économie et des Finances prépare un nouveau plan d'économies.""",
 [(O, "Banque de France"), (O, "AFP"), (P, "François Villeroy de Galhau"), (O, "Insee"),
  (P, "Sébastien Lecornu"), (O, "Cour des comptes"), (O, "ministère de l'Économie et des Finances")]),

("fr", """Hermès résiste au ralentissement du luxe
Hermès International a publié jeudi un chiffre d'affaires trimestriel en hausse de 9 %, porté par la maroquinerie et une clientèle fidèle en Asie. Le gérant Axel Dumas a assuré que la maison n'augmenterait ses prix que « modérément ». À la Bourse de Paris, l'action a gagné 3 %, tandis que celles de Kering et de LVMH reculaient. Selon Les Echos, la famille Hermès envisage de renforcer sa holding H51. Les analystes de Bernstein estiment que la maison Chanel, non cotée, suit une trajectoire comparable.""",
 [(P, "Hermès", "famille Hermès"), (O, "Hermès"), (O, "Hermès International"), (P, "Axel Dumas"),
  (O, "Bourse de Paris"), (O, "Kering"), (O, "LVMH"), (O, "Les Echos"), (O, "H51"),
  (O, "Bernstein"), (O, "Chanel")]),

("fr", """Le Conseil d'État suspend un arrêté contre un parc éolien
PARIS (AFP) - Le Conseil d'État a suspendu vendredi un arrêté préfectoral qui bloquait la construction d'un parc éolien en mer au large de la Normandie, donnant raison à EDF Renouvelables et à TotalEnergies. L'association France Nature Environnement s'est félicitée de la décision, tandis que le Rassemblement national a dénoncé « un passage en force ». Jordan Bardella a promis de « revoir toute la politique éolienne » si son parti arrivait au pouvoir. La Commission de régulation de l'énergie (CRE) doit publier son avis sur les tarifs la semaine prochaine. La ministre de la Transition écologique, Agnès Pannier-Runacher, a salué « une décision de bon sens ».""",
 [(P, "Agnès Pannier-Runacher"), (O, "Conseil d'État"), (O, "AFP"), (O, "EDF Renouvelables"), (O, "TotalEnergies"),
  (O, "France Nature Environnement"), (O, "Rassemblement national"), (P, "Jordan Bardella"),
  (O, "Commission de régulation de l'énergie"), (O, "CRE")]),

("fr", """Le PSG domine l'OM au Parc des Princes
Le Paris Saint-Germain a battu l'Olympique de Marseille 3-0 dimanche soir au Parc des Princes. Ousmane Dembélé a ouvert le score sur penalty avant que Désiré Doué et Bradley Barcola ne scellent la victoire. L'entraîneur parisien Luis Enrique a salué « un match presque parfait ». Côté marseillais, Roberto De Zerbi a regretté l'expulsion de son défenseur central. La Ligue de football professionnel (LFP) a ouvert une enquête après des jets de fumigènes en tribune.""",
 [(O, "PSG"), (O, "OM"), (O, "Paris Saint-Germain"), (O, "Olympique de Marseille"),
  (P, "Ousmane Dembélé"), (P, "Désiré Doué"), (P, "Bradley Barcola"), (P, "Luis Enrique"),
  (P, "Roberto De Zerbi"), (O, "Ligue de football professionnel"), (O, "LFP")]),

("fr", """Sanofi va racheter la biotech Genfit
PARIS (AFP) - Sanofi a annoncé lundi un accord pour racheter la biotech lilloise Genfit pour environ 1,2 milliard d'euros. Le directeur général de Sanofi, Paul Hudson, a expliqué que l'opération renforcerait le portefeuille du groupe dans les maladies du foie. L'Autorité des marchés financiers (AMF) doit encore examiner l'offre. Bpifrance, actionnaire de Genfit, a indiqué qu'elle apporterait ses titres. Selon Le Figaro, l'Institut Pasteur, partenaire de recherche de la biotech, pourrait bénéficier de nouveaux financements.""",
 [(O, "Sanofi"), (O, "Genfit"), (O, "AFP"), (P, "Paul Hudson"), (O, "Autorité des marchés financiers"),
  (O, "AMF"), (O, "Bpifrance"), (O, "Le Figaro"), (O, "Institut Pasteur")]),

("fr", """Le Louvre lance une souscription pour une nature morte de Chardin
Le musée du Louvre a lancé mercredi une souscription publique afin de réunir 4 millions d'euros pour acquérir une nature morte de Jean Siméon Chardin, classée trésor national par le ministère de la Culture. La présidente-directrice de l'établissement, Laurence des Cars, a précisé que la Société des amis du Louvre avait déjà promis la moitié de la somme. La Fondation Cartier et la Caisse des dépôts figurent parmi les premiers donateurs, selon Le Monde.""",
 [(O, "Louvre"), (P, "Chardin"), (P, "Jean Siméon Chardin"), (O, "ministère de la Culture"),
  (P, "Laurence des Cars"), (O, "Société des amis du Louvre"), (O, "Fondation Cartier"),
  (O, "Caisse des dépôts"), (O, "Le Monde")]),

# ---------------------------------------------------------------- Spanish
("es", """Sánchez defiende en el Congreso la nueva financiación autonómica
MADRID (EFE) - El presidente del Gobierno, Pedro Sánchez, defendió este miércoles en el Congreso de los Diputados el nuevo modelo de financiación autonómica pactado con ERC. El líder del Partido Popular, Alberto Núñez Feijóo, lo calificó de «chantaje» y anunció un recurso ante el Tribunal Constitucional. El ministro de Economía, Carlos Cuerpo, aseguró que ninguna comunidad saldrá perdiendo. Desde Vox, Santiago Abascal pidió la convocatoria inmediata de elecciones.""",
 [(P, "Sánchez"), (O, "Congreso"), (O, "EFE"), (P, "Pedro Sánchez"), (O, "Congreso de los Diputados"),
  (O, "ERC"), (O, "Partido Popular"), (P, "Alberto Núñez Feijóo"), (O, "Tribunal Constitucional"),
  (P, "Carlos Cuerpo"), (O, "Vox"), (P, "Santiago Abascal")]),

("es", """El Banco de España endurece los requisitos de capital
El Banco de España exigirá a las entidades un colchón de capital anticíclico del 1 % a partir de octubre, según anunció su gobernador, José Luis Escrivá. La medida afectará a Banco Santander, BBVA y CaixaBank, que han registrado beneficios récord. Ana Botín, presidenta de Santander, consideró la decisión «innecesaria» en un momento de crecimiento del crédito. La Asociación Española de Banca (AEB) pidió coordinación con el Banco Central Europeo. Las acciones del sector cayeron un 2 % en la Bolsa de Madrid.""",
 [(O, "Banco de España"), (P, "José Luis Escrivá"), (O, "Banco Santander"), (O, "Santander"),
  (O, "BBVA"), (O, "CaixaBank"), (P, "Ana Botín"), (O, "Asociación Española de Banca"), (O, "AEB"),
  (O, "Banco Central Europeo"), (O, "Bolsa de Madrid")]),

("es", """El Real Madrid supera al Atlético y se coloca líder
MADRID (EFE) - El Real Madrid se impuso 2-1 al Atlético de Madrid en el estadio Santiago Bernabéu y se colocó líder en solitario. Kylian Mbappé abrió el marcador de penalti y Jude Bellingham firmó el segundo, antes de que Julián Álvarez recortara distancias para el equipo de Diego Simeone. El entrenador madridista, Xabi Alonso, elogió la «madurez» de sus jugadores. El Comité Técnico de Árbitros explicó después la decisión del VAR. El FC Barcelona, que visita al Sevilla el domingo, queda a dos puntos.""",
 [(O, "Real Madrid"), (O, "Atlético"), (O, "EFE"), (O, "Atlético de Madrid"), (P, "Kylian Mbappé"),
  (P, "Jude Bellingham"), (P, "Julián Álvarez"), (P, "Diego Simeone"), (P, "Xabi Alonso"),
  (O, "Comité Técnico de Árbitros"), (O, "FC Barcelona"), (O, "Sevilla")]),

("es", """El Tribunal Supremo confirma la multa de la CNMC a Repsol
El Tribunal Supremo ha confirmado la sanción de 20 millones de euros impuesta por la Comisión Nacional de los Mercados y la Competencia (CNMC) a Repsol por prácticas anticompetitivas en el mercado de carburantes. La petrolera, presidida por Antonio Brufau, estudia acudir al Tribunal de Justicia de la Unión Europea. La asociación de consumidores Facua celebró el fallo, mientras que el consejero delegado de Repsol, Josu Jon Imaz, defendió en una entrevista con El País que la compañía «siempre ha respetado la ley».""",
 [(O, "Tribunal Supremo"), (O, "CNMC"), (O, "Repsol"), (O, "Comisión Nacional de los Mercados y la Competencia"),
  (P, "Antonio Brufau"), (O, "Tribunal de Justicia de la Unión Europea"), (O, "Facua"),
  (P, "Josu Jon Imaz"), (O, "El País")]),

("es", """Iberdrola invertirá 5.000 millones en redes eléctricas
BILBAO (Europa Press) - Iberdrola destinará 5.000 millones de euros a reforzar sus redes de distribución en España hasta 2028, anunció su presidente, Ignacio Sánchez Galán, tras reunirse con la vicepresidenta tercera del Gobierno, Sara Aagesen. El plan llega después del apagón de abril de 2025, cuyas causas analizó un informe de Red Eléctrica. La compañía también ampliará su colaboración con la Universidad Politécnica de Madrid en almacenamiento con baterías. La patronal Aelec y la Organización de Consumidores y Usuarios (OCU) pidieron que el coste no se traslade a la factura.""",
 [(O, "Iberdrola"), (O, "Europa Press"), (P, "Ignacio Sánchez Galán"), (P, "Sara Aagesen"),
  (O, "Red Eléctrica"), (O, "Universidad Politécnica de Madrid"), (O, "Aelec"),
  (O, "Organización de Consumidores y Usuarios"), (O, "OCU")]),

("es", """El Museo del Prado recibe en depósito veinte dibujos de Goya
El Museo del Prado exhibirá a partir de marzo veinte dibujos de Francisco de Goya cedidos en depósito por la Fundación Banco Santander. El director de la pinacoteca, Miguel Falomir, destacó que varios de ellos no se han mostrado al público desde el siglo XIX. El Ministerio de Cultura, dirigido por Ernest Urtasun, ha financiado la restauración junto con la Fundación Iberdrola España. La Real Academia de Bellas Artes de San Fernando prestará además dos óleos para la muestra.""",
 [(O, "Museo del Prado"), (P, "Goya"), (P, "Francisco de Goya"), (O, "Fundación Banco Santander"),
  (P, "Miguel Falomir"), (O, "Ministerio de Cultura"), (P, "Ernest Urtasun"),
  (O, "Fundación Iberdrola España"), (O, "Real Academia de Bellas Artes de San Fernando")]),

# ---------------------------------------------------------------- Italian
("it", """Panetta: la Banca d'Italia vede una crescita debole nel 2027
ROMA (ANSA) - La Banca d'Italia ha rivisto al ribasso le stime di crescita per il prossimo anno. Il governatore Fabio Panetta ha spiegato che i dazi americani pesano sulle esportazioni delle imprese del Nord. Il ministro dell'Economia Giancarlo Giorgetti (Lega) ha replicato che i conti pubblici restano sotto controllo. L'Istat ha confermato un tasso di disoccupazione al 6 %, mentre Confindustria chiede un piano straordinario per l'energia. Il consiglio direttivo della Banca centrale europea si riunirà giovedì a Francoforte.""",
 [(P, "Panetta"), (O, "Banca d'Italia"), (O, "ANSA"), (P, "Fabio Panetta"), (P, "Giancarlo Giorgetti"),
  (O, "Lega"), (O, "Istat"), (O, "Confindustria"), (O, "Banca centrale europea")]),

("it", """L'Antitrust multa Ryanair per 25 milioni
L'Autorità garante della concorrenza e del mercato ha inflitto una sanzione di 25 milioni di euro a Ryanair per pratiche commerciali scorrette nella vendita di biglietti tramite agenzie online. Secondo il garante, la compagnia guidata da Michael O'Leary avrebbe ostacolato i clienti che non prenotavano direttamente sul suo sito. Il Codacons ha annunciato una class action, mentre Ryanair ha fatto sapere che ricorrerà al Tar del Lazio. Il presidente dell'Enac, Pierluigi Di Palma, ha chiesto regole europee più chiare.""",
 [(O, "Antitrust"), (O, "Ryanair"), (O, "Autorità garante della concorrenza e del mercato"),
  (P, "Michael O'Leary"), (O, "Codacons"), (O, "Tar del Lazio"), (O, "Enac"), (P, "Pierluigi Di Palma")]),

("it", """La Roma batte la Juventus e aggancia il Napoli
ROMA (ANSA) - La Roma ha superato 2-0 la Juventus all'Olimpico grazie alle reti di Paulo Dybala e Artem Dovbyk e ha agganciato il Napoli in vetta alla classifica. Gian Piero Gasperini ha elogiato «la personalità» della squadra, mentre il tecnico bianconero Luciano Spalletti ha lamentato un rigore negato. Il Napoli di Antonio Conte sarà impegnato domenica a Bergamo contro l'Atalanta. La Figc ha aperto un'indagine sui cori discriminatori segnalati nel primo tempo.""",
 [(O, "Roma"), (O, "Juventus"), (O, "Napoli"), (O, "ANSA"), (P, "Paulo Dybala"), (P, "Artem Dovbyk"),
  (P, "Gian Piero Gasperini"), (P, "Luciano Spalletti"), (P, "Antonio Conte"), (O, "Atalanta"), (O, "Figc")]),

("it", """Armani, al via la cessione della prima quota
MILANO (ANSA) - La Fondazione Giorgio Armani ha avviato la procedura per cedere una prima quota del 15 % della maison, come previsto dal testamento di Giorgio Armani, scomparso nel settembre 2025. Tra i possibili acquirenti figurano LVMH, L'Oréal ed EssilorLuxottica. Il consiglio di amministrazione di Giorgio Armani S.p.A., presieduto da Leo Dell'Orco, ha affidato l'incarico di advisor a Mediobanca. Secondo il Corriere della Sera, anche Prada avrebbe manifestato interesse.""",
 [(P, "Giorgio Armani", "testamento di Giorgio Armani"), (O, "Armani"), (O, "ANSA"),
  (O, "Fondazione Giorgio Armani"), (O, "LVMH"), (O, "L'Oréal"), (O, "EssilorLuxottica"),
  (O, "Giorgio Armani S.p.A."), (P, "Leo Dell'Orco"), (O, "Mediobanca"), (O, "Corriere della Sera"),
  (O, "Prada")]),

("it", """Enel, utile in crescita e più investimenti nelle reti
Enel ha chiuso i primi nove mesi con un utile netto ordinario di 5,4 miliardi di euro, in aumento del 4 %. L'amministratore delegato Flavio Cattaneo ha confermato gli obiettivi e annunciato 12 miliardi di investimenti nelle reti italiane, mentre il presidente Paolo Scaroni ha parlato di «risultati solidi». Il titolo è salito dell'1,5 % a Piazza Affari. Le nuove tariffe di rete dovranno essere approvate dall'Arera. Secondo Il Sole 24 Ore, il ministero dell'Economia e delle Finanze, primo azionista, valuta un rafforzamento della collaborazione tra Enel e Terna.""",
 [(O, "Enel"), (P, "Flavio Cattaneo"), (P, "Paolo Scaroni"), (O, "Arera"), (O, "Il Sole 24 Ore"),
  (O, "ministero dell'Economia e delle Finanze"), (O, "Terna")]),

("it", """La Scala apre la stagione con Verdi e il debutto di Chung
Il sovrintendente del Teatro alla Scala, Fortunato Ortombina, ha presentato la nuova stagione, che si aprirà il 7 dicembre con un'opera di Giuseppe Verdi diretta da Myung-whun Chung, nuovo direttore musicale. Il sindaco Giuseppe Sala ha ringraziato Intesa Sanpaolo ed Eni, tra i soci fondatori del teatro. La Rai trasmetterà la prima in diretta, mentre la Fondazione Cariplo finanzierà biglietti a prezzo ridotto per gli studenti dell'Università degli Studi di Milano.""",
 [(O, "Scala"), (P, "Verdi"), (P, "Chung"), (O, "Teatro alla Scala"),
  (P, "Fortunato Ortombina"), (P, "Giuseppe Verdi"), (P, "Myung-whun Chung"), (P, "Giuseppe Sala"),
  (O, "Intesa Sanpaolo"), (O, "Eni"), (O, "Rai"), (O, "Fondazione Cariplo"),
  (O, "Università degli Studi di Milano")]),

# ---------------------------------------------------------------- Portuguese
("pt", """Montenegro garante aprovação do Orçamento com abstenção do PS
LISBOA (Lusa) - O primeiro-ministro, Luís Montenegro, garantiu esta terça-feira a aprovação do Orçamento do Estado para 2027 na Assembleia da República, depois de o PS ter anunciado a abstenção. O secretário-geral socialista, José Luís Carneiro, justificou a decisão com a «estabilidade do país». O Chega, liderado por André Ventura, votará contra. O ministro das Finanças, Joaquim Miranda Sarmento, sublinhou que o Conselho das Finanças Públicas prevê um excedente orçamental pelo quarto ano consecutivo.""",
 [(P, "Montenegro"), (O, "PS"), (O, "Lusa"), (P, "Luís Montenegro"), (O, "Assembleia da República"),
  (P, "José Luís Carneiro"), (O, "Chega"), (P, "André Ventura"), (P, "Joaquim Miranda Sarmento"),
  (O, "Conselho das Finanças Públicas")]),

("pt", """EDP vende participação em parques eólicos nos EUA
A EDP Renováveis acordou a venda de 49 % de um portefólio de parques eólicos nos Estados Unidos à canadiana Brookfield. O presidente executivo da EDP, Miguel Stilwell d'Andrade, afirmou que a operação permitirá reduzir a dívida do grupo. A Comissão do Mercado de Valores Mobiliários (CMVM) suspendeu a negociação das ações durante a manhã. Na Euronext Lisboa, os títulos da Galp e da Jerónimo Martins também subiram. Segundo o Expresso, a China Three Gorges, maior acionista da EDP, apoiou o negócio. O ministro da Economia, Manuel Castro Almeida, saudou o acordo.""",
 [(P, "Manuel Castro Almeida"), (O, "EDP"), (O, "EDP Renováveis"), (O, "Brookfield"), (P, "Miguel Stilwell d'Andrade"),
  (O, "Comissão do Mercado de Valores Mobiliários"), (O, "CMVM"), (O, "Euronext Lisboa"),
  (O, "Galp"), (O, "Jerónimo Martins"), (O, "Expresso"), (O, "China Three Gorges")]),

("pt", """Benfica vence Sporting no dérbi e encurta distância para o FC Porto
LISBOA (Lusa) - O Benfica venceu o Sporting por 2-1 no Estádio da Luz, com dois golos de Vangelis Pavlidis, e ficou a três pontos do líder FC Porto. José Mourinho elogiou a «entrega» dos jogadores, enquanto Rui Borges, treinador do Sporting, criticou a arbitragem. O FC Porto de Francesco Farioli recebe o Sporting de Braga no domingo. A Federação Portuguesa de Futebol abriu um processo disciplinar após o arremesso de tochas para o relvado.""",
 [(O, "Benfica"), (O, "Sporting"), (O, "FC Porto"), (O, "Lusa"), (P, "Vangelis Pavlidis"),
  (P, "José Mourinho"), (P, "Rui Borges"), (P, "Francesco Farioli"), (O, "Sporting de Braga"),
  (O, "Federação Portuguesa de Futebol")]),

("pt", """Tribunal Constitucional chumba normas da nova lei da nacionalidade
O Tribunal Constitucional declarou inconstitucionais três normas da nova lei da nacionalidade, na sequência de um pedido de fiscalização preventiva. O presidente do tribunal, José João Abrantes, explicou que as regras sobre a perda da nacionalidade violavam o princípio da igualdade. O ministro da Presidência, António Leitão Amaral, garantiu que o executivo vai corrigir o diploma. A Amnistia Internacional e a associação SOS Racismo saudaram a decisão, enquanto o Livre e o Bloco de Esquerda pediram a retirada da proposta.""",
 [(O, "Tribunal Constitucional"), (P, "José João Abrantes"), (P, "António Leitão Amaral"),
  (O, "Amnistia Internacional"), (O, "SOS Racismo"), (O, "Livre"), (O, "Bloco de Esquerda")]),

("pt", """Ministra da Saúde anuncia 40 novas unidades de saúde familiar
A ministra da Saúde, Ana Paula Martins, anunciou a abertura de 40 novas unidades de saúde familiar até ao final do próximo ano, para reduzir as listas de espera no Serviço Nacional de Saúde (SNS). A Ordem dos Médicos considerou o plano «insuficiente», e o bastonário Carlos Cortes lembrou que faltam mais de mil médicos de família. A Unidade Local de Saúde de Santa Maria vai ainda receber um robô cirúrgico financiado pela Fundação Calouste Gulbenkian. O Sindicato Independente dos Médicos (SIM) mantém a greve marcada para dezembro.""",
 [(P, "Ana Paula Martins"), (O, "Serviço Nacional de Saúde"), (O, "SNS"),
  (O, "Ordem dos Médicos"), (P, "Carlos Cortes"), (O, "Unidade Local de Saúde de Santa Maria"),
  (O, "Fundação Calouste Gulbenkian"), (O, "Sindicato Independente dos Médicos"), (O, "SIM")]),

("pt", """Petrobras eleva investimentos na Margem Equatorial
RIO DE JANEIRO (Agência Brasil) - A Petrobras vai aumentar em 20 % os investimentos em exploração na Margem Equatorial, anunciou a presidente da estatal, Magda Chambriard. O Ibama, que concedeu no ano passado a licença para o primeiro poço na região, exige novos estudos ambientais. A ministra do Meio Ambiente, Marina Silva, defendeu «rigor absoluto» na fiscalização, e o Greenpeace Brasil criticou a decisão. As ações da Petrobras subiram 2 % na B3. Segundo a Folha de S.Paulo, o BNDES poderá financiar fornecedores locais.""",
 [(O, "Petrobras"), (O, "Agência Brasil"), (P, "Magda Chambriard"), (O, "Ibama"), (P, "Marina Silva"),
  (O, "Greenpeace Brasil"), (O, "B3"), (O, "Folha de S.Paulo"), (O, "BNDES")]),

# ---------------------------------------------------------------- Dutch
("nl", """DNB waarschuwt voor oververhitting op de woningmarkt
AMSTERDAM (ANP) - De Nederlandsche Bank (DNB) maakt zich zorgen over de snel stijgende huizenprijzen. President Olaf Sleijpen zei dinsdag dat banken als ING en Rabobank strenger moeten toetsen bij het verstrekken van hypotheken. Volgens het Centraal Bureau voor de Statistiek (CBS) lagen de prijzen in oktober 7 procent hoger dan een jaar eerder. De Vereniging Eigen Huis noemt de waarschuwing overdreven. Minister van Financiën Eelco Heinen (VVD) wil eerst het advies van de Autoriteit Financiële Markten afwachten.""",
 [(O, "DNB"), (O, "ANP"), (O, "De Nederlandsche Bank"), (P, "Olaf Sleijpen"), (O, "ING"),
  (O, "Rabobank"), (O, "Centraal Bureau voor de Statistiek"), (O, "CBS"), (O, "Vereniging Eigen Huis"),
  (P, "Eelco Heinen"), (O, "VVD"), (O, "Autoriteit Financiële Markten")]),

("nl", """ASML verhoogt verwachting dankzij vraag naar AI-chips
ASML Holding heeft de omzetverwachting voor volgend jaar verhoogd door de aanhoudende vraag naar chips voor kunstmatige intelligentie. Topman Christophe Fouquet zei dat klanten als TSMC en Samsung Electronics meer EUV-machines hebben besteld. Het aandeel ASML won ruim 5 procent op Euronext Amsterdam. Het Financieele Dagblad meldt dat het bedrijf een samenwerking met de Technische Universiteit Eindhoven uitbreidt. Vakbond FNV wil dat ook de uitzendkrachten van de chipmachinemaker delen in de winst. Minister van Economische Zaken Vincent Karremans sprak van „goed nieuws voor de regio Eindhoven”.""",
 [(P, "Vincent Karremans"), (O, "ASML"), (O, "ASML Holding"), (P, "Christophe Fouquet"), (O, "TSMC"), (O, "Samsung Electronics"),
  (O, "Euronext Amsterdam"), (O, "Het Financieele Dagblad"), (O, "Technische Universiteit Eindhoven"),
  (O, "FNV")]),

("nl", """Tweede Kamer stemt in met hoger defensiebudget
DEN HAAG (ANP) - De Tweede Kamer heeft dinsdag ingestemd met een verhoging van de defensie-uitgaven naar 3,5 procent van het bbp. Premier Rob Jetten (D66) sprak van „een historische stap”. De PVV van Geert Wilders stemde voor, terwijl GroenLinks-PvdA en de SP tegenstemden. Het ministerie van Defensie wil het geld vooral besteden aan luchtverdediging en munitie. NAVO-chef Mark Rutte noemde het besluit in een reactie „een voorbeeld voor Europa”.""",
 [(O, "Tweede Kamer"), (O, "ANP"), (P, "Rob Jetten"), (O, "D66"), (O, "PVV"), (P, "Geert Wilders"),
  (O, "GroenLinks-PvdA"), (O, "SP"), (O, "ministerie van Defensie"), (O, "NAVO"), (P, "Mark Rutte")]),

("nl", """Ajax verliest van AZ, PSV loopt verder uit
Ajax heeft zondag in de Johan Cruijff ArenA met 1-2 verloren van AZ. Troy Parrott scoorde twee keer voor de bezoekers, Wout Weghorst deed in de slotfase nog iets terug. Koploper PSV won met 3-0 van Feyenoord en heeft nu negen punten voorsprong. „We waren vandaag gewoon beter”, zei PSV-trainer Peter Bosz tegen de NOS. Feyenoord-coach Robin van Persie sprak van een „pijnlijke avond”. De KNVB onderzoekt het afsteken van vuurwerk door Ajax-supporters.""",
 [(O, "Ajax"), (O, "AZ"), (O, "PSV"), (P, "Troy Parrott"), (P, "Wout Weghorst"), (O, "Feyenoord"),
  (P, "Peter Bosz"), (O, "NOS"), (P, "Robin van Persie"), (O, "KNVB")]),

("nl", """Hoge Raad verwerpt cassatie in klimaatzaak tegen Shell
DEN HAAG (ANP) - De Hoge Raad heeft het cassatieberoep van Milieudefensie in de klimaatzaak tegen Shell plc verworpen. Daarmee blijft het arrest van het Gerechtshof Den Haag uit 2024 in stand, waarin geen concreet reductiepercentage aan het olieconcern werd opgelegd. Milieudefensie-directeur Donald Pols noemde de uitspraak „teleurstellend, maar geen eindpunt”. Shell-topman Wael Sawan zei dat het bedrijf zijn klimaatdoelen handhaaft. Urgenda en Greenpeace Nederland kondigden nieuwe procedures aan.""",
 [(O, "Hoge Raad"), (O, "Shell"), (O, "ANP"), (O, "Milieudefensie"), (O, "Shell plc"),
  (O, "Gerechtshof Den Haag"), (P, "Donald Pols"), (P, "Wael Sawan"), (O, "Urgenda"),
  (O, "Greenpeace Nederland")]),

("nl", """Rijksmuseum verwerft zeldzame Rembrandt-tekening
Het Rijksmuseum heeft een tekening van Rembrandt van Rijn aangekocht voor 9 miljoen euro. Directeur Taco Dibbits zei dat de aankoop mogelijk werd dankzij bijdragen van de Vereniging Rembrandt, het Mondriaan Fonds en de BankGiro Loterij. De tekening was sinds de negentiende eeuw in handen van een Britse familie en wordt vanaf april in de Eregalerij getoond. Het Van Gogh Museum en het Mauritshuis deden eerder dit jaar vergelijkbare aankopen.""",
 [(O, "Rijksmuseum"), (P, "Rembrandt"), (P, "Rembrandt van Rijn"), (P, "Taco Dibbits"),
  (O, "Vereniging Rembrandt"), (O, "Mondriaan Fonds"), (O, "BankGiro Loterij"),
  (O, "Van Gogh Museum"), (O, "Mauritshuis")]),

# ---------------------------------------------------------------- Russian
("ru", """Банк России сохранил ключевую ставку
МОСКВА (ТАСС) - Совет директоров Банка России сохранил ключевую ставку на уровне 16,5 % годовых. Председатель ЦБ Эльвира Набиуллина заявила, что инфляционные ожидания населения остаются повышенными. В Министерстве экономического развития решение назвали ожидаемым. Глава Сбербанка Герман Греф ранее призывал регулятор к более быстрому снижению ставки. Акции Сбербанка на Московской бирже после объявления решения подешевели на 1,2 %.""",
 [(O, "Банк России"), (O, "ТАСС"), (O, "Банка России"), (O, "ЦБ"), (P, "Эльвира Набиуллина"),
  (O, "Министерстве экономического развития"), (O, "Сбербанка"), (P, "Герман Греф"),
  (O, "Московской бирже")]),

("ru", """Чистая прибыль «Газпрома» упала на 40 %
ПАО «Газпром» по итогам девяти месяцев сократило чистую прибыль по МСФО на 40 %. Председатель правления Алексей Миллер объяснил снижение падением экспорта и ростом налоговой нагрузки. Аналитики ВТБ считают, что компания вновь может отказаться от выплаты дивидендов. Между тем «Новатэк» Леонида Михельсона нарастил добычу на 3 %, а Федеральная антимонопольная служба начала проверку цен на топливо. Акции «Газпрома» на Московской бирже за день подешевели на 2 %.""",
 [(O, "Московской бирже"), (O, "Газпрома"), (O, "ПАО «Газпром»"), (P, "Алексей Миллер"), (O, "ВТБ"), (O, "Новатэк"),
  (P, "Леонида Михельсона"), (O, "Федеральная антимонопольная служба")]),

("ru", """Верховный суд отклонил жалобу Google
МОСКВА (Интерфакс) - Верховный суд отказался пересматривать решение Арбитражного суда Москвы о взыскании с Google LLC штрафа за неудаление запрещённого контента. Иск подавал Роскомнадзор. Пресс-секретарь президента Дмитрий Песков от комментариев отказался. Юристы компании напомнили, что российская «дочка» Google ещё в 2022 году была признана банкротом. Депутат Госдумы Антон Горелкин назвал решение «логичным». Тем временем «Яндекс» сообщил о росте выручки от рекламы на 25 %.""",
 [(O, "Верховный суд"), (O, "Google"), (O, "Интерфакс"), (O, "Арбитражного суда Москвы"),
  (O, "Google LLC"), (O, "Роскомнадзор"), (O, "Госдумы"), (P, "Антон Горелкин"), (O, "Яндекс"), (P, "Дмитрий Песков")]),

("ru", """«Зенит» обыграл «Спартак» и вернулся на первое место
«Зенит» обыграл московский «Спартак» со счётом 2:0 на «Газпром Арене» и вернулся на первое место в таблице. Дубль оформил Александр Соболев, забивший в ворота бывшей команды. Главный тренер петербуржцев Сергей Семак отметил «зрелую игру» обороны. Российский футбольный союз (РФС) возбудил дело из-за пиротехники на трибуне гостей. В следующем туре «Спартак» примет ЦСКА, а «Зенит» сыграет с «Локомотивом».""",
 [(O, "Зенит"), (O, "Спартак"), (P, "Александр Соболев"), (P, "Сергей Семак"),
  (O, "Российский футбольный союз"), (O, "РФС"), (O, "ЦСКА"), (O, "Локомотивом")]),

("ru", """Мишустин представил в Госдуме отчёт о работе правительства
МОСКВА (РИА Новости) - Председатель правительства Михаил Мишустин выступил в Государственной думе с ежегодным отчётом. Он заявил, что экономика России, несмотря на санкции, растёт, а безработица остаётся на историческом минимуме. Лидер фракции «Единой России» Владимир Васильев поддержал работу кабинета, тогда как КПРФ Геннадия Зюганова потребовала отставки ряда министров. Спикер Вячеслав Володин призвал Счётную палату проверить расходы на национальные проекты.""",
 [(P, "Мишустин"), (O, "Госдуме"), (O, "РИА Новости"), (P, "Михаил Мишустин"),
  (O, "Государственной думе"), (O, "Единой России"), (P, "Владимир Васильев"), (O, "КПРФ"),
  (P, "Геннадия Зюганова"), (P, "Вячеслав Володин"), (O, "Счётную палату")]),

("ru", """Большой театр откроет сезон премьерой «Пиковой дамы»
Генеральный директор Большого театра Валерий Гергиев объявил, что новый сезон откроется премьерой оперы Петра Чайковского «Пиковая дама». Спектакль покажут в прямом эфире на телеканале «Культура», а генеральным спонсором постановки выступит ВТБ. Министерство культуры выделило дополнительные средства на ремонт Новой сцены. На пресс-конференции также выступил директор Государственного Эрмитажа Михаил Пиотровский, рассказавший о совместной выставке двух институций.""",
 [(O, "Большой театр"), (O, "Большого театра"), (P, "Валерий Гергиев"),
  (P, "Петра Чайковского"), (O, "Культура"), (O, "ВТБ"), (O, "Министерство культуры"),
  (O, "Государственного Эрмитажа"), (P, "Михаил Пиотровский")]),

# ---------------------------------------------------------------- Ukrainian
("uk", """Зеленський і Макрон обговорили посилення ППО
КИЇВ (Укрінформ) – Президент Володимир Зеленський провів телефонну розмову з президентом Франції Емманюелем Макроном. Сторони обговорили постачання систем ППО та спільне виробництво дронів за участі концерну Thales. Зеленський подякував Франції за підтримку в Раді ЄС нового пакета санкцій. Як повідомив Офіс Президента, до розмови долучився також генеральний секретар НАТО Марк Рютте. Міністр оборони Денис Шмигаль наступного тижня має відвідати Париж.""",
 [(P, "Зеленський"), (P, "Макрон"), (O, "Укрінформ"), (P, "Володимир Зеленський"),
  (P, "Емманюелем Макроном"), (O, "Thales"), (O, "Раді ЄС"), (O, "Офіс Президента"), (O, "НАТО"),
  (P, "Марк Рютте"), (P, "Денис Шмигаль")]),

("uk", """НБУ знизив облікову ставку до 14 %
Правління Національного банку України ухвалило рішення знизити облікову ставку до 14 % річних. Голова НБУ Андрій Пишний пояснив, що інфляція сповільнюється швидше, ніж очікувалося. Рішення підтримав міністр фінансів Сергій Марченко, а місія Міжнародного валютного фонду (МВФ) назвала політику регулятора «виваженою». ПриватБанк та Ощадбанк уже оголосили про зниження ставок за кредитами для малого бізнесу. Наступне засідання правління НБУ з монетарної політики відбудеться в січні.""",
 [(O, "НБУ"), (O, "Національного банку України"), (P, "Андрій Пишний"), (P, "Сергій Марченко"),
  (O, "Міжнародного валютного фонду"), (O, "МВФ"), (O, "ПриватБанк"), (O, "Ощадбанк")]),

("uk", """«Шахтар» переміг «Динамо» і очолив таблицю
КИЇВ (Укрінформ) – Донецький «Шахтар» переміг київське «Динамо» з рахунком 2:1 і піднявся на перше місце. Головний тренер «Шахтаря» Арда Туран похвалив молодих гравців, а наставник киян Олександр Шовковський визнав, що його команда «не впоралася з тиском». Власник «Шахтаря» Рінат Ахметов пообіцяв гравцям премію. Українська асоціація футболу (УАФ) розгляне інцидент із фаєрами на трибуні гостей. Наступний матч «Динамо» зіграє вдома проти «Полісся».""",
 [(O, "Полісся"), (O, "Шахтар"), (O, "Динамо"), (O, "Укрінформ"), (O, "Шахтаря"), (P, "Арда Туран"),
  (P, "Олександр Шовковський"), (P, "Рінат Ахметов"), (O, "Українська асоціація футболу"), (O, "УАФ")]),

("uk", """ВАКС взяв під варту ексчиновника Міноборони
Вищий антикорупційний суд (ВАКС) взяв під варту колишнього посадовця Міністерства оборони, підозрюваного в розкраданні коштів на закупівлі бронежилетів. Розслідування вели Національне антикорупційне бюро України та Спеціалізована антикорупційна прокуратура. Директор НАБУ Семен Кривонос заявив, що збитки держави перевищують 300 мільйонів гривень. Керівник САП Олександр Клименко повідомив, що суд визначив заставу в 50 мільйонів. У Transparency International Україна рішення ВАКС назвали важливим сигналом.""",
 [(O, "ВАКС"), (O, "Міноборони"), (O, "Вищий антикорупційний суд"), (O, "Міністерства оборони"),
  (O, "Національне антикорупційне бюро України"), (O, "Спеціалізована антикорупційна прокуратура"),
  (O, "НАБУ"), (P, "Семен Кривонос"), (O, "САП"), (P, "Олександр Клименко"),
  (O, "Transparency International Україна")]),

("uk", """«Укренерго» відновило живлення після нічної атаки
КИЇВ (Укрінформ) – НЕК «Укренерго» повністю відновила електропостачання побутових споживачів Києва після нічної атаки дронів. Голова правління компанії Віталій Зайченко повідомив, що пошкоджено дві підстанції. Компанія ДТЕК Максима Тимченка заявила про пошкодження теплової електростанції. Європейський банк реконструкції та розвитку (ЄБРР) пообіцяв надати «Нафтогазу України» кредит на закупівлю газу. Прем'єр-міністерка Юлія Свириденко доручила Міністерству енергетики до кінця тижня підготувати план захисту енергетичних об'єктів.""",
 [(P, "Юлія Свириденко"), (O, "Міністерству енергетики"), (O, "Укренерго"), (O, "Укрінформ"), (O, "НЕК «Укренерго»"), (P, "Віталій Зайченко"), (O, "ДТЕК"),
  (P, "Максима Тимченка"), (O, "Європейський банк реконструкції та розвитку"), (O, "ЄБРР"),
  (O, "Нафтогазу України")]),

("uk", """Твори Марії Приймаченко покажуть у Львові
Львівська національна галерея мистецтв імені Бориса Возницького з грудня експонуватиме понад сорок робіт Марії Приймаченко з фондів Національного музею українського народного декоративного мистецтва. Виставку підтримали Український культурний фонд і Міністерство культури та стратегічних комунікацій. Репортаж про відкриття підготує Суспільне. Згодом частину робіт покажуть у Варшаві за сприяння Українського інституту. Вхід для військових і внутрішньо переміщених осіб буде безкоштовним.""",
 [(P, "Марії Приймаченко"), (O, "Львівська національна галерея мистецтв імені Бориса Возницького"),
  (O, "Національного музею українського народного декоративного мистецтва"),
  (O, "Український культурний фонд"), (O, "Міністерство культури та стратегічних комунікацій"),
  (O, "Суспільне"), (O, "Українського інституту")]),

# ---------------------------------------------------------------- Polish
("pl", """RPP obniżyła stopy procentowe
Warszawa (PAP) - Rada Polityki Pieniężnej (RPP) obniżyła stopę referencyjną o 25 punktów bazowych, do 4 proc. Prezes Narodowego Banku Polskiego Adam Glapiński tłumaczył, że inflacja według danych Głównego Urzędu Statystycznego spadła poniżej 3 proc. Decyzję z zadowoleniem przyjął minister finansów Andrzej Domański. Ekonomiści PKO Banku Polskiego spodziewają się kolejnej obniżki w marcu, a kurs złotego wobec euro pozostał stabilny.""",
 [(O, "RPP"), (O, "PAP"), (O, "Rada Polityki Pieniężnej"), (O, "Narodowego Banku Polskiego"),
  (P, "Adam Glapiński"), (O, "Głównego Urzędu Statystycznego"), (P, "Andrzej Domański"),
  (O, "PKO Banku Polskiego")]),

("pl", """UOKiK ukarał Orlen za praktyki na stacjach paliw
Urząd Ochrony Konkurencji i Konsumentów (UOKiK) nałożył na Orlen karę w wysokości 120 mln zł za wprowadzanie klientów w błąd co do cen paliw przed wyborami. Prezes Orlenu Ireneusz Fąfara zapowiedział odwołanie do Sądu Ochrony Konkurencji i Konsumentów. Według „Rzeczpospolitej” sprawa dotyczy okresu, gdy koncernem kierował Daniel Obajtek. Politycy PiS-u zarzucili rządowi Donalda Tuska „polityczną zemstę”, a Polska Organizacja Przemysłu i Handlu Naftowego (POPiHN) wstrzymała się od komentarza.""",
 [(O, "UOKiK"), (O, "Orlen"), (O, "Urząd Ochrony Konkurencji i Konsumentów"), (O, "Orlenu"),
  (P, "Ireneusz Fąfara"), (O, "Sądu Ochrony Konkurencji i Konsumentów"), (O, "Rzeczpospolitej"),
  (P, "Daniel Obajtek"), (O, "PiS"), (P, "Donalda Tuska"),
  (O, "Polska Organizacja Przemysłu i Handlu Naftowego"), (O, "POPiHN")]),

("pl", """Nawrocki zawetował reformę Krajowej Rady Sądownictwa
Warszawa (PAP) - Prezydent Karol Nawrocki zawetował ustawę reformującą Krajową Radę Sądownictwa (KRS), przyjętą wcześniej przez Sejm głosami koalicji rządzącej. Minister sprawiedliwości Waldemar Żurek nazwał decyzję „kolejnym ciosem w praworządność”. Przemysław Czarnek z PiS chwalił natomiast Nawrockiego za „obronę niezależności sędziów”. Stowarzyszenie Sędziów Polskich „Iustitia” zaapelowało do Sejmu o odrzucenie weta, a sprawą zainteresowała się też Komisja Wenecka.""",
 [(P, "Nawrocki"), (O, "Krajowej Rady Sądownictwa"), (O, "PAP"), (P, "Karol Nawrocki"),
  (O, "Krajową Radę Sądownictwa"), (O, "KRS"), (O, "Sejm"), (P, "Waldemar Żurek"),
  (P, "Przemysław Czarnek"), (O, "PiS"), (P, "Nawrockiego"),
  (O, "Stowarzyszenie Sędziów Polskich „Iustitia”"), (O, "Sejmu"), (O, "Komisja Wenecka")]),

("pl", """Lech pokonał Legię i umocnił się na prowadzeniu
Lech Poznań pokonał przy Bułgarskiej Legię Warszawa 3:1 i ma już pięć punktów przewagi nad Rakowem Częstochowa. Dwa gole zdobył Mikael Ishak, a trzeciego dołożył Afonso Sousa. Trener Lecha Niels Frederiksen chwalił zespół za skuteczność. Szkoleniowiec Legii Edward Iordănescu przyznał, że jego drużyna „zasłużyła na porażkę”. PZPN zapowiedział analizę zachowania kibiców gości, którzy odpalili race. W następnej kolejce Legia podejmie Górnika Zabrze.""",
 [(O, "Legia"), (O, "Górnika Zabrze"), (O, "Lech"), (O, "Legię"), (O, "Lech Poznań"), (O, "Legię Warszawa"), (O, "Rakowem Częstochowa"),
  (P, "Mikael Ishak"), (P, "Afonso Sousa"), (O, "Lecha"), (P, "Niels Frederiksen"), (O, "Legii"),
  (P, "Edward Iordănescu"), (O, "PZPN")]),

("pl", """PEJ podpisały umowę z Westinghouse i Bechtelem
Warszawa (PAP) - Spółka Polskie Elektrownie Jądrowe (PEJ) podpisała z konsorcjum Westinghouse i Bechtel umowę na budowę pierwszej elektrowni jądrowej na Pomorzu. Wiceminister energii Wojciech Wrochna podkreślił, że projekt ma wsparcie Komisji Europejskiej, która zatwierdziła pomoc publiczną w wysokości 60 mld zł. Finansowanie zapewnią m.in. Bank Gospodarstwa Krajowego i amerykański Exim Bank. Greenpeace Polska skrytykował koszty inwestycji. Premier Donald Tusk zapowiedział, że pierwszy blok ma ruszyć w 2036 roku.""",
 [(P, "Donald Tusk"), (O, "PEJ"), (O, "Westinghouse"), (O, "Bechtelem"), (O, "PAP"), (O, "Polskie Elektrownie Jądrowe"),
  (O, "Bechtel"), (P, "Wojciech Wrochna"), (O, "Komisji Europejskiej"), (O, "Bank Gospodarstwa Krajowego"),
  (O, "Exim Bank"), (O, "Greenpeace Polska")]),

("pl", """„Dama z gronostajem” wraca do Muzeum Książąt Czartoryskich
Obraz Leonarda da Vinci „Dama z gronostajem” po konserwacji wraca na stałą ekspozycję w Muzeum Książąt Czartoryskich, oddziale Muzeum Narodowego w Krakowie. Dyrektor muzeum Andrzej Szczerski poinformował, że prace prowadzono we współpracy z Akademią Sztuk Pięknych w Krakowie. Ministerstwo Kultury i Dziedzictwa Narodowego przeznaczyło na nie 2 mln zł. Relację z otwarcia wyemituje TVP Kultura.""",
 [(O, "Muzeum Książąt Czartoryskich"), (P, "Leonarda da Vinci"), (O, "Muzeum Narodowego w Krakowie"),
  (P, "Andrzej Szczerski"), (O, "Akademią Sztuk Pięknych w Krakowie"),
  (O, "Ministerstwo Kultury i Dziedzictwa Narodowego"), (O, "TVP Kultura")]),

# ---------------------------------------------------------------- Czech
("cs", """ČNB ponechala úrokové sazby beze změny
Praha (ČTK) - Bankovní rada České národní banky (ČNB) ponechala základní úrokovou sazbu na 3,5 procenta. Guvernér Aleš Michl uvedl, že inflace podle Českého statistického úřadu zůstává nad cílem kvůli cenám služeb. Ministryně financí Alena Schillerová (ANO) rozhodnutí označila za očekávané. Analytici Komerční banky a České spořitelny předpokládají, že ke snížení sazeb dojde nejdříve v březnu. Koruna po zveřejnění rozhodnutí mírně oslabila.""",
 [(O, "ČNB"), (O, "ČTK"), (O, "České národní banky"), (P, "Aleš Michl"),
  (O, "Českého statistického úřadu"), (P, "Alena Schillerová"), (O, "ANO"), (O, "Komerční banky"),
  (O, "České spořitelny")]),

("cs", """ČEZ podepsal smlouvu s Rolls-Roycem na malé reaktory
Polostátní energetická společnost ČEZ podepsala s firmou Rolls-Royce SMR smlouvu na přípravu prvního malého modulárního reaktoru u Temelína. Generální ředitel ČEZ Daniel Beneš uvedl, že reaktor by mohl dodávat elektřinu po roce 2035. Povolení musí vydat Státní úřad pro jadernou bezpečnost (SÚJB), jehož předsedkyně Dana Drábová ocenila připravenost projektu. Akcie ČEZ na Burze cenných papírů Praha posílily o dvě procenta.""",
 [(O, "ČEZ"), (O, "Rolls-Roycem"), (O, "Rolls-Royce SMR"), (P, "Daniel Beneš"),
  (O, "Státní úřad pro jadernou bezpečnost"), (O, "SÚJB"), (P, "Dana Drábová"),
  (O, "Burze cenných papírů Praha")]),

("cs", """Sněmovna schválila rozpočet se schodkem 280 miliard
Praha (ČTK) - Poslanecká sněmovna ve třetím čtení schválila státní rozpočet na příští rok se schodkem 280 miliard korun. Pro hlasovali poslanci vládní koalice ANO, SPD a Motoristů sobě. Premiér Andrej Babiš označil rozpočet za „prorůstový“. Opoziční ODS, STAN a Piráti kritizovali růst mandatorních výdajů a Národní rozpočtová rada varovala před porušením pravidel rozpočtové odpovědnosti. Prezident Petr Pavel by měl zákon podepsat do konce prosince.""",
 [(O, "Sněmovna"), (O, "ČTK"), (O, "Poslanecká sněmovna"), (O, "ANO"), (O, "SPD"),
  (O, "Motoristů sobě"), (P, "Andrej Babiš"), (O, "ODS"), (O, "STAN"), (O, "Piráti"),
  (O, "Národní rozpočtová rada"), (P, "Petr Pavel")]),

("cs", """Slavia porazila Spartu a vede ligu o pět bodů
Fotbalisté Slavie Praha porazili v derby Spartu Praha 2:0 a v čele tabulky mají pětibodový náskok. Obě branky vstřelil Mojmír Chytil. Trenér Slavie Jindřich Trpišovský ocenil disciplínu svých hráčů, kouč Sparty Brian Priske si stěžoval na neuznaný gól. Fotbalová asociace České republiky (FAČR) kvůli pyrotechnice zahájila disciplinární řízení s oběma kluby. Zápas v přímém přenosu vysílala Česká televize.""",
 [(O, "Slavia"), (O, "Spartu"), (O, "Slavie Praha"), (O, "Spartu Praha"), (P, "Mojmír Chytil"),
  (O, "Slavie"), (P, "Jindřich Trpišovský"), (O, "Sparty"), (P, "Brian Priske"),
  (O, "Fotbalová asociace České republiky"), (O, "FAČR"), (O, "Česká televize")]),

("cs", """Nejvyšší soud potvrdil Seznamu odškodné od Googlu
Brno (ČTK) - Nejvyšší soud potvrdil rozsudek, podle něhož musí společnost Google Ireland zaplatit firmě Seznam.cz odškodné za zvýhodňování vlastních služeb ve vyhledávání. Zakladatel Seznamu Ivo Lukačovič označil verdikt za „vítězství pro české uživatele“. Google podle svého mluvčího zvažuje stížnost k Ústavnímu soudu. Předseda Úřadu pro ochranu hospodářské soutěže Petr Mlsna rozsudek uvítal. Rozsudek vychází i z dřívějšího rozhodnutí Evropské komise, které potvrdil Soudní dvůr Evropské unie.""",
 [(O, "Nejvyšší soud"), (O, "Seznamu"), (O, "Googlu"), (O, "ČTK"), (O, "Google Ireland"),
  (O, "Seznam.cz"), (P, "Ivo Lukačovič"), (O, "Google"), (O, "Ústavnímu soudu"), (O, "Úřadu pro ochranu hospodářské soutěže"), (P, "Petr Mlsna"),
  (O, "Evropské komise"), (O, "Soudní dvůr Evropské unie")]),

("cs", """Česká filharmonie vyrazí na turné po Japonsku
Česká filharmonie se šéfdirigentem Semjonem Byčkovem vyrazí v dubnu na dvoutýdenní turné po Japonsku a Jižní Koreji, kde uvede především díla Antonína Dvořáka. Ředitel orchestru David Mareček uvedl, že turné finančně podpoří Ministerstvo kultury a automobilka Škoda Auto. Koncerty bude přenášet Český rozhlas. Orchestr zároveň oznámil spolupráci s Akademií múzických umění v Praze. Vstupenky na koncerty v Tokiu jsou podle pořadatelů téměř vyprodané.""",
 [(O, "Česká filharmonie"), (P, "Semjonem Byčkovem"), (P, "Antonína Dvořáka"), (P, "David Mareček"),
  (O, "Ministerstvo kultury"), (O, "Škoda Auto"), (O, "Český rozhlas"),
  (O, "Akademií múzických umění v Praze")]),

# ---------------------------------------------------------------- Norwegian (Bokmål)
("no", """Norges Bank holder renten uendret
OSLO (NTB) – Norges Bank holder styringsrenten uendret på 3,75 prosent. Sentralbanksjef Ida Wolden Bache sier at kronekursen og lønnsveksten fortsatt gir grunn til forsiktighet. Finansminister Jens Stoltenberg (Ap) vil ikke kommentere beslutningen, men viser til at Statistisk sentralbyrå (SSB) venter lavere prisvekst neste år. Sjeføkonom Kjersti Haugland i DNB Markets tror det kommer et rentekutt i mars. Både NHO og LO har bedt om forutsigbarhet før lønnsoppgjøret.""",
 [(O, "Norges Bank"), (O, "NTB"), (P, "Ida Wolden Bache"), (P, "Jens Stoltenberg"), (O, "Ap"),
  (O, "Statistisk sentralbyrå"), (O, "SSB"), (P, "Kjersti Haugland"), (O, "DNB Markets"),
  (O, "NHO"), (O, "LO")]),

("no", """Equinor kutter i fornybarsatsingen
STAVANGER (NTB) – Equinor ASA kutter investeringene i havvind med ytterligere 20 prosent, opplyser konsernsjef Anders Opedal. Equinors aksje steg 3 prosent på Oslo Børs etter kunngjøringen. Naturvernforbundet og Bellona kritiserer beslutningen, mens næringsminister Cecilie Myrseth (Ap) sier at regjeringen respekterer selskapets vurderinger. Ifølge Dagens Næringsliv vurderer også Aker BP og Vår Energi å utsette prosjekter. Selskapet varsler også at enkelte utbygginger på norsk sokkel blir forsinket.""",
 [(O, "Equinor"), (O, "NTB"), (O, "Equinor ASA"), (P, "Anders Opedal"), (O, "Equinors"),
  (O, "Oslo Børs"), (O, "Naturvernforbundet"), (O, "Bellona"), (P, "Cecilie Myrseth"), (O, "Ap"),
  (O, "Dagens Næringsliv"), (O, "Aker BP"), (O, "Vår Energi")]),

("no", """Støre fikk budsjettforlik med SV, Sp og Rødt
OSLO (NTB) – Statsminister Jonas Gahr Støre (Ap) har fått på plass et budsjettforlik med SV, Senterpartiet, Rødt og Miljøpartiet De Grønne etter en lang natt på Stortinget. SV-leder Kirsti Bergstø sier partiet fikk gjennomslag for billigere tannhelse. Frp-leder Sylvi Listhaug kaller avtalen «en dyr hestehandel», mens Høyre mener den svekker Norges konkurransekraft. Ifølge Aftenposten skal Stortinget vedta budsjettet 15. desember.""",
 [(P, "Støre"), (O, "SV"), (O, "Sp"), (O, "Rødt"), (O, "NTB"), (P, "Jonas Gahr Støre"), (O, "Ap"),
  (O, "Senterpartiet"), (O, "Miljøpartiet De Grønne"), (O, "Stortinget"), (P, "Kirsti Bergstø"),
  (O, "Frp"), (P, "Sylvi Listhaug"), (O, "Høyre"), (O, "Aftenposten")]),

("no", """Bodø/Glimt slo Rosenborg og sikret seriegullet
Bodø/Glimt slo Rosenborg 3–1 på Aspmyra og kan feire sitt femte seriegull. Kasper Høgh scoret to ganger, mens Patrick Berg satte inn det tredje målet. – Dette er en gjeng som aldri gir seg, sa Glimt-trener Kjetil Knutsen til TV 2. Rosenborg-trener Alfred Johansson roste motstanderen. Norges Fotballforbund (NFF) vil dele ut trofeet etter siste serierunde.""",
 [(O, "Bodø/Glimt"), (O, "Rosenborg"), (P, "Kasper Høgh"), (P, "Patrick Berg"),
  (O, "Glimt"), (P, "Kjetil Knutsen"), (O, "TV 2"), (P, "Alfred Johansson"),
  (O, "Norges Fotballforbund"), (O, "NFF")]),

("no", """Legeforeningen advarer mot kutt ved Oslo universitetssykehus
Den norske legeforening advarer mot planene om å kutte 300 årsverk ved Oslo universitetssykehus (OUS). Helseforetaket må spare 500 millioner kroner neste år etter krav fra Helse Sør-Øst. OUS-direktør Bjørn Atle Bjørnbeth sier at akuttberedskapen skal skjermes. Helse- og omsorgsminister Jan Christian Vestre (Ap) sier til VG at pasientsikkerheten ikke skal svekkes. Statens helsetilsyn følger situasjonen tett, og Fagforbundet varsler markeringer neste uke. Ifølge NRK har sykehuset allerede stanset flere nyansettelser.""",
 [(O, "NRK"), (O, "Legeforeningen"), (O, "Oslo universitetssykehus"), (O, "Den norske legeforening"), (O, "OUS"),
  (O, "Helse Sør-Øst"), (P, "Bjørn Atle Bjørnbeth"), (P, "Jan Christian Vestre"), (O, "Ap"), (O, "VG"),
  (O, "Statens helsetilsyn"), (O, "Fagforbundet")]),

("no", """Det Norske Teatret setter opp Fosse-roman
Det Norske Teatret skal neste høst sette opp en dramatisering av Jon Fosses «Septologien». Forestillingen får økonomisk støtte fra Sparebankstiftelsen DNB og Norsk kulturråd. Kulturminister Lubna Jaffery (Ap) kaller prosjektet «et løft for nynorsk scenekunst». NRK skal sende urpremieren direkte, og Munchmuseet viser parallelt en utstilling om Fosses forfatterskap. Fosse skal selv delta i arbeidet med manuset.""",
 [(O, "Det Norske Teatret"), (P, "Fosse"), (P, "Jon Fosses"), (P, "Fosses"),
  (O, "Sparebankstiftelsen DNB"), (O, "Norsk kulturråd"), (P, "Lubna Jaffery"), (O, "Ap"),
  (O, "NRK"), (O, "Munchmuseet")]),

# ---------------------------------------------------------------- Swedish
("sv", """Riksbanken sänker räntan till 1,5 procent
STOCKHOLM (TT) – Riksbanken sänker styrräntan med 0,25 procentenheter till 1,5 procent. Riksbankschef Erik Thedéen motiverar beslutet med att inflationen enligt Statistiska centralbyrån (SCB) nu ligger under målet. Finansminister Elisabeth Svantesson (M) välkomnar sänkningen. Konjunkturinstitutet bedömer att arbetslösheten har nått sin topp. Storbankerna Swedbank och SEB meddelar att de sänker sina bolåneräntor redan på måndag. Nästa räntebesked kommer i februari.""",
 [(O, "Riksbanken"), (O, "TT"), (P, "Erik Thedéen"), (O, "Statistiska centralbyrån"), (O, "SCB"),
  (P, "Elisabeth Svantesson"), (O, "M"), (O, "Konjunkturinstitutet"), (O, "Swedbank"), (O, "SEB")]),

("sv", """Volvo Cars varslar 1 000 tjänstemän
Volvo Cars varslar ytterligare 1 000 tjänstemän, främst vid huvudkontoret på Torslanda. Vd Håkan Samuelsson skyller på amerikanska tullar och svagare efterfrågan på elbilar. Huvudägaren Zhejiang Geely Holding stöder åtgärdsprogrammet, uppger Dagens Industri. Unionens ordförande Martin Linder kallar beskedet ”ett hårt slag” mot Västsverige. Volvo Cars aktie föll 4 procent på Stockholmsbörsen. Enligt bolaget ska neddragningarna vara genomförda före sommaren.""",
 [(O, "Volvo Cars"), (P, "Håkan Samuelsson"), (O, "Zhejiang Geely Holding"), (O, "Dagens Industri"),
  (O, "Unionens"), (P, "Martin Linder"), (O, "Stockholmsbörsen")]),

("sv", """S kräver granskning av Försäkringskassan
STOCKHOLM (TT) – Socialdemokraternas partiledare Magdalena Andersson kräver en oberoende granskning av Försäkringskassan, sedan Riksrevisionen pekat på allvarliga brister i handläggningen av sjukpenning. Generaldirektör Nils Öberg säger att myndigheten redan har påbörjat ett åtgärdsarbete. Sverigedemokraternas Jimmie Åkesson säger att myndigheten har ”tappat kontrollen”, medan Inspektionen för socialförsäkringen (ISF) redan inlett en egen tillsyn. Frågan ska debatteras i kammaren nästa vecka, och Vänsterpartiet vill att socialförsäkringsministern kallas till utskottet.""",
 [(O, "Vänsterpartiet"), (O, "S"), (O, "Försäkringskassan"), (O, "TT"), (O, "Socialdemokraternas"), (P, "Magdalena Andersson"),
  (O, "Riksrevisionen"), (P, "Nils Öberg"), (O, "Sverigedemokraternas"), (P, "Jimmie Åkesson"),
  (O, "Inspektionen för socialförsäkringen"), (O, "ISF")]),

("sv", """Djurgården vann derbyt mot AIK
Djurgårdens IF vann med 2–0 mot AIK inför 45 000 åskådare på Strawberry Arena. Tokmac Nguen gjorde båda målen för hemmalaget. ”Vi var bättre i alla lägen”, sa Djurgårdens tränare Jani Honkavaara till SVT. AIK:s tränare Mikkjal Thomassen var missnöjd med domarinsatsen. Svenska Fotbollförbundet utreder nu de pyrotekniska pjäser som kastades in på planen. Djurgården leder nu serien två poäng före Malmö FF.""",
 [(O, "Malmö FF"), (O, "Djurgården"), (O, "AIK"), (O, "Djurgårdens IF"), (P, "Tokmac Nguen"), (O, "Djurgårdens"),
  (P, "Jani Honkavaara"), (O, "SVT"), (P, "Mikkjal Thomassen"), (O, "Svenska Fotbollförbundet")]),

("sv", """Ericsson får miljardorder från Telia
STOCKHOLM (TT) – Telekomjätten Ericsson har fått en order värd 4 miljarder kronor från Telia Company för att modernisera mobilnätet i Sverige och Finland. Ericssons vd Börje Ekholm säger att avtalet visar att europeiska operatörer nu ökar investeringarna igen. Telias vd Patrik Hofbauer lovar bättre täckning på landsbygden, något Post- och telestyrelsen länge har efterfrågat. Avtalet omfattar även ett forskningssamarbete med Kungliga Tekniska högskolan (KTH).""",
 [(O, "Ericsson"), (O, "Telia"), (O, "TT"), (O, "Telia Company"), (O, "Ericssons"), (P, "Börje Ekholm"),
  (O, "Telias"), (P, "Patrik Hofbauer"), (O, "Post- och telestyrelsen"),
  (O, "Kungliga Tekniska högskolan"), (O, "KTH")]),

("sv", """Karolinska testar AI för att hitta lungcancer tidigt
Region Stockholm, Karolinska Institutet och AstraZeneca inleder ett gemensamt projekt där artificiell intelligens ska användas för att upptäcka lungcancer i ett tidigt skede. Projektet finansieras delvis av Vinnova och omfattar 20 000 patienter vid Karolinska Universitetssjukhuset. Finansregionrådet Aida Hadžialić (S) kallar satsningen ”ett genombrott för svensk vård”. Läkemedelsverket har godkänt studieupplägget. Sjukvårdsminister Elisabet Lann (KD) säger att Socialstyrelsen ska ta fram nationella riktlinjer om försöket faller väl ut.""",
 [(O, "Karolinska"), (O, "Region Stockholm"), (O, "Karolinska Institutet"), (O, "AstraZeneca"),
  (O, "Vinnova"), (O, "Karolinska Universitetssjukhuset"), (P, "Aida Hadžialić"), (O, "S"), (O, "Läkemedelsverket"),
  (P, "Elisabet Lann"), (O, "KD"), (O, "Socialstyrelsen")]),

# ---------------------------------------------------------------- Danish
("da", """Nationalbanken følger ECB og sænker renten
KØBENHAVN (Ritzau) – Danmarks Nationalbank sænker sin udlånsrente med 0,25 procentpoint, efter at ECB torsdag gjorde det samme i Frankfurt. Nationalbankdirektør Christian Kettel Thomsen siger, at fastkurspolitikken ligger fast. Finansminister Nicolai Wammen (S) forventer, at lavere renter vil hjælpe boligejerne. Danske Bank og Nykredit oplyser, at de sænker renten på flekslån fra næste måned, mens Finans Danmark advarer mod overophedning af boligmarkedet i København.""",
 [(O, "Nationalbanken"), (O, "ECB"), (O, "Ritzau"), (O, "Danmarks Nationalbank"),
  (P, "Christian Kettel Thomsen"), (P, "Nicolai Wammen"), (O, "S"), (O, "Danske Bank"),
  (O, "Nykredit"), (O, "Finans Danmark")]),

("da", """Novo Nordisk nedlægger yderligere 2.000 stillinger
Novo Nordisk A/S nedlægger yderligere 2.000 stillinger i Danmark som led i en omstilling efter hård konkurrence fra Eli Lilly. Topchef Mike Doustdar siger, at besparelserne skal frigøre midler til forskning i fedme. Bestyrelsesformand Lars Rebien Sørensen, der er udpeget af hovedaktionæren Novo Nordisk Fonden, bakker op. Dansk Metal kalder meldingen ”et chok for Nordsjælland”. Novos aktie steg 2 procent på Nasdaq Copenhagen.""",
 [(O, "Novo Nordisk"), (O, "Novo Nordisk A/S"), (O, "Eli Lilly"), (P, "Mike Doustdar"),
  (P, "Lars Rebien Sørensen"), (O, "Novo Nordisk Fonden"), (O, "Dansk Metal"), (O, "Novos"),
  (O, "Nasdaq Copenhagen")]),

("da", """Frederiksen vil have bredt forlig om forsvaret af Arktis
KØBENHAVN (Ritzau) – Statsminister Mette Frederiksen (S) har inviteret Folketingets partier til forhandlinger om en ny milliardpakke til forsvaret af Grønland og Færøerne. Venstres formand, Troels Lund Poulsen, kalder udspillet ”nødvendigt, men sent”. Dansk Folkeparti vil have flere penge til droner, mens Enhedslisten er skeptisk. Forsvarsministeriet forventer, at en aftale kan være på plads inden jul, oplyser Danmarks Radio.""",
 [(P, "Frederiksen"), (O, "Ritzau"), (P, "Mette Frederiksen"), (O, "S"), (O, "Folketingets"),
  (O, "Venstres"), (P, "Troels Lund Poulsen"), (O, "Dansk Folkeparti"), (O, "Enhedslisten"),
  (O, "Forsvarsministeriet"), (O, "Danmarks Radio")]),

("da", """FCK vandt derbyet mod Brøndby
FC København slog søndag Brøndby IF 2-1 i Parken foran 35.000 tilskuere. Mohamed Elyounoussi scorede det afgørende mål i det 88. minut. FCK-træner Jacob Neestrup roste holdets ”vilje til at vinde”, mens Brøndby-direktør Carsten V. Jensen efterfølgende kritiserede dommeren over for TV 2. Divisionsforeningen og DBU vil se nærmere på de fyrværkeriafbrændinger, der forsinkede anden halvleg. Med sejren overhaler FCK AGF på førstepladsen.""",
 [(O, "AGF"), (O, "FCK"), (O, "Brøndby"), (O, "FC København"), (O, "Brøndby IF"), (P, "Mohamed Elyounoussi"),
  (P, "Jacob Neestrup"), (P, "Carsten V. Jensen"), (O, "TV 2"), (O, "Divisionsforeningen"), (O, "DBU")]),

("da", """Ørsted sælger halvdelen af havvindmøllepark til Equinor
FREDERICIA (Ritzau) – Ørsted A/S sælger 50 procent af havvindmølleparken Hornsea 3 til norske Equinor for 18 milliarder kroner. Koncernchef Rasmus Errboe siger, at pengene skal styrke balancen efter et svært år. Staten, der ejer halvdelen af Ørsted, bakker op ifølge Finansministeriet. Klima-, energi- og forsyningsminister Lars Aagaard (M) kalder handlen ”fornuftig”. Konkurrence- og Forbrugerstyrelsen skal godkende handlen, og Børsen skriver, at også pensionskassen PFA har budt på en andel.""",
 [(O, "Ørsted"), (O, "Equinor"), (O, "Ritzau"), (O, "Ørsted A/S"), (P, "Rasmus Errboe"), (P, "Lars Aagaard"), (O, "M"),
  (O, "Finansministeriet"), (O, "Konkurrence- og Forbrugerstyrelsen"), (O, "Børsen"), (O, "PFA")]),

("da", """Statens Museum for Kunst får Hammershøi-gave
Statens Museum for Kunst har modtaget fem malerier af Vilhelm Hammershøi som gave fra Ny Carlsbergfondet. Museets direktør, Mikkel Bogh, kalder donationen ”en af de største i museets historie”. Kulturminister Jakob Engel-Schmidt (M) takkede fonden ved en reception på museet. Værkerne vises fra marts, og ifølge Politiken forhandler Ordrupgaard om at låne to af dem.""",
 [(O, "Statens Museum for Kunst"), (P, "Hammershøi"), (P, "Vilhelm Hammershøi"), (O, "Ny Carlsbergfondet"),
  (P, "Mikkel Bogh"), (P, "Jakob Engel-Schmidt"), (O, "M"), (O, "Politiken"), (O, "Ordrupgaard")]),
]

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "no", "sv", "da"]


def is_word(c):
    return c.isalnum()


def occurrences(text, s):
    i = text.find(s)
    while i != -1:
        j = i + len(s)
        if (i == 0 or not is_word(text[i - 1])) and (j == len(text) or not is_word(text[j])):
            yield i, j
        i = text.find(s, i + 1)


def annotate(pid, text, names):
    taken = [None] * len(text)
    spans = []

    def mark(typ, s, i, j):
        if any(taken[k] is not None for k in range(i, j)):
            inside = any(a <= i and j <= b for a, b, _, _ in spans)
            if not inside:
                sys.exit(f"{pid}: partial overlap for {s!r} at {i}")
            return False
        for k in range(i, j):
            taken[k] = s
        spans.append((i, j, typ, s))
        return True

    seen = {}
    for n in names:
        key = (n[1], n[2] if len(n) == 3 else None)
        if key in seen:
            sys.exit(f"{pid}: duplicate name {n}")
        seen[key] = n[0]
    # context-bound names first
    for n in names:
        if len(n) == 3:
            typ, s, ctx = n
            if text.count(ctx) != 1:
                sys.exit(f"{pid}: context {ctx!r} occurs {text.count(ctx)} times")
            base = text.index(ctx) + ctx.index(s)
            if not mark(typ, s, base, base + len(s)):
                sys.exit(f"{pid}: context-bound {s!r} already covered")
    generic = [n for n in names if len(n) == 2]
    for typ, s in sorted(generic, key=lambda n: -len(n[1])):
        new = 0
        for i, j in occurrences(text, s):
            new += mark(typ, s, i, j)
        if new == 0:
            sys.exit(f"{pid}: name {s!r} not found (or only inside longer names)")
    spans.sort()
    return [{"type": t, "start": i, "end": j, "text": text[i:j]} for i, j, t, _ in spans]


def main():
    counter = Counter()
    rows = []
    per_lang = OrderedDict((l, [0, 0, 0]) for l in LANGS)
    for lang, text, names in DATA:
        counter[lang] += 1
        pid = f"{lang}-{counter[lang]}"
        text = text.strip()
        ents = annotate(pid, text, names)
        rows.append({"id": pid, "lang": lang, "text": text, "entities": ents})
        per_lang[lang][0] += 1
        for e in ents:
            per_lang[lang][1 if e["type"] == P else 2] += 1
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("| lang | paragraphs | PERSON | ORGANIZATION |")
    print("|---|---:|---:|---:|")
    tot = [0, 0, 0]
    for l, (n, p, o) in per_lang.items():
        print(f"| {l} | {n} | {p} | {o} |")
        tot = [tot[0] + n, tot[1] + p, tot[2] + o]
    print(f"| total | {tot[0]} | {tot[1]} | {tot[2]} |")


if __name__ == "__main__":
    main()
