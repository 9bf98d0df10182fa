#!/usr/bin/env python3
"""Generate gold.jsonl for the news5 set from hand-written name lists.

Each paragraph lists (type, surface string) pairs; "P" is PERSON and "O" is
ORGANIZATION. Every whole-word occurrence of a surface string is marked,
longest string first; an occurrence inside an already marked span is skipped.
A triple (type, surface, context) ties the name to the occurrences that lie
inside the context string only; tied names are placed before all others.

Run: python3 make.py   (writes gold.jsonl next to this file, prints counts)
"""
import json
import os
import sys

TYPES = {"P": "PERSON", "O": "ORGANIZATION"}

PARAS = [
# ---------------------------------------------------------------- English
("en-1",
 "Oxford start-up Quillon Robotics raises funds from Sequoia and Arm",
 "LONDON (Reuters) - Quillon Robotics, a two-year-old start-up spun out of the "
 "University of Oxford, said on Thursday it had raised new funding in a round led "
 "by Sequoia Capital, with Arm Holdings and the British Business Bank also taking "
 "part. Chief executive Priya Natarajan said the money would pay for a factory near "
 "Didcot and about 200 engineering jobs. Quillon builds robotic arms for hospital "
 "pharmacies and has signed a pilot with Guy's and St Thomas' NHS Foundation Trust. "
 "Natarajan co-founded the company with Tom Ashworth, a former engineer at DeepMind. "
 "Arm declined to comment on the size of its stake.",
 [("O", "Reuters"), ("O", "Quillon Robotics"), ("O", "Quillon"), ("O", "Sequoia"),
  ("O", "Sequoia Capital"), ("O", "Arm"), ("O", "Arm Holdings"),
  ("O", "University of Oxford"), ("O", "British Business Bank"),
  ("O", "Guy's and St Thomas' NHS Foundation Trust"), ("O", "DeepMind"),
  ("P", "Priya Natarajan"), ("P", "Natarajan"), ("P", "Tom Ashworth")]),

("en-2",
 "Barclays fined by FCA over failures in anti-fraud checks",
 "The Financial Conduct Authority has fined Barclays Bank UK PLC for weaknesses in "
 "the checks it ran on new business customers between 2021 and 2024. The regulator "
 "said the lender had opened accounts for companies that were later used in "
 "investment scams. Therese Chambers, the FCA's joint executive director of "
 "enforcement, said the bank had been \"too slow to act on clear warnings\". "
 "Barclays said it had since replaced the system and apologised to the customers "
 "affected. The charity Citizens Advice welcomed the fine but called for victims "
 "of such scams to be refunded faster.",
 [("O", "Barclays"), ("O", "FCA"), ("O", "Financial Conduct Authority"),
  ("O", "Barclays Bank UK PLC"), ("O", "Citizens Advice"),
  ("P", "Therese Chambers")]),

("en-3",
 "Senate panel summons OpenAI and Anthropic chiefs over chatbot safety",
 "WASHINGTON (AP) \u2014 The Senate Commerce Committee will question the heads of "
 "OpenAI and Anthropic next month about how their chatbots handle conversations "
 "with teenagers, its chairman said on Tuesday. Senator Ted Cruz said Sam Altman "
 "and Dario Amodei had agreed to appear in person. The committee's ranking member, "
 "Maria Cantwell, wants the hearing to also cover a lawsuit filed in California "
 "against Character Technologies, which makes a popular companion app. OpenAI said "
 "it welcomed the chance to explain its safeguards. Anthropic did not respond to a "
 "request for comment.",
 [("O", "AP"), ("O", "Senate"), ("O", "Senate Commerce Committee"), ("O", "OpenAI"),
  ("O", "Anthropic"), ("O", "Character Technologies"),
  ("P", "Ted Cruz"), ("P", "Sam Altman"), ("P", "Dario Amodei"),
  ("P", "Maria Cantwell")]),

("en-4",
 "Wrexham sells minority stake to Hargreaves Family Office",
 "Wrexham AFC has sold a minority stake to Hargreaves Family Office, the investment "
 "vehicle of the Hargreaves family, the club said on Monday. Co-owners Ryan "
 "Reynolds and Rob McElhenney will keep control and remain on the board. The new "
 "money will help pay for the new Kop stand at the Racecourse Ground, a project "
 "also backed by Wrexham County Borough Council. Chief executive Michael Williamson "
 "said Wrexham had turned down offers from two American funds. The Football "
 "Association of Wales welcomed the deal.",
 [("O", "Wrexham"), ("O", "Wrexham AFC"), ("O", "Hargreaves Family Office"),
  ("P", "Hargreaves"), ("P", "Ryan Reynolds"), ("P", "Rob McElhenney"),
  ("O", "Wrexham County Borough Council"), ("P", "Michael Williamson"),
  ("O", "Football Association of Wales")]),

("en-5",
 "Centrica signs ten-year gas deal with Equinor",
 "LONDON (Reuters) - Centrica plc has agreed to buy gas from Equinor ASA for ten "
 "years under a deal worth several billion pounds, the companies said on "
 "Wednesday. Centrica's chief executive, Chris O'Shea, said the contract would "
 "help keep the Rough storage site open through the winter. Energy Secretary Ed "
 "Miliband has so far refused to subsidise Rough, which Centrica says loses money. "
 "The GMB union, which represents workers on the site, urged ministers and Ofgem "
 "to decide before Christmas. Shares in Centrica rose 2 percent in London.",
 [("O", "Reuters"), ("O", "Centrica"), ("O", "Centrica plc"), ("O", "Equinor"),
  ("O", "Equinor ASA"), ("O", "GMB"), ("O", "Ofgem"),
  ("P", "Chris O'Shea"), ("P", "Ed Miliband")]),

("en-6",
 "Tate Modern hires Stockholm museum head as new director",
 "Tate has appointed Karin Lindqvist, head of Moderna Museet in Stockholm, as the "
 "next director of Tate Modern. She will take over in April from a temporary team "
 "that has run the gallery since the summer. Maria Balshaw, director of Tate, said "
 "Lindqvist had \"a rare feel for both artists and audiences\". The gallery also "
 "announced a three-year programme on art and mental health, funded by the "
 "Wellcome Trust and the fashion house Paul Smith and run with researchers from "
 "King's College London. Tate Modern drew about 4.6 million visitors last year.",
 [("O", "Tate"), ("O", "Tate Modern"), ("O", "Moderna Museet"),
  ("O", "Wellcome Trust"), ("O", "Paul Smith"), ("O", "King's College London"),
  ("P", "Karin Lindqvist"), ("P", "Lindqvist"), ("P", "Maria Balshaw")]),

# ---------------------------------------------------------------- German
("de-1",
 "Commerzbank weist neues Angebot von Unicredit zurück",
 "Frankfurt/Main (dpa) \u2013 Die Commerzbank hat ein neues Angebot der "
 "italienischen Großbank Unicredit als zu niedrig zurückgewiesen. Vorstandschefin "
 "Bettina Orlopp sagte am Mittwoch in Frankfurt, der Preis spiegle den Wert der "
 "Bank nicht wider. Unicredit-Chef Andrea Orcel hält inzwischen knapp 30 Prozent "
 "der Anteile. Finanzminister Lars Klingbeil (SPD) lehnt eine Übernahme weiterhin "
 "ab und nannte das Vorgehen der Italiener \u201eunfreundlich\u201c. Die "
 "Gewerkschaft Verdi warnte vor dem Abbau Tausender Stellen. Die "
 "Commerzbank-Aktie stieg um zwei Prozent.",
 [("O", "dpa"), ("O", "Commerzbank"), ("O", "Unicredit"), ("O", "SPD"),
  ("O", "Verdi"), ("P", "Bettina Orlopp"), ("P", "Andrea Orcel"),
  ("P", "Lars Klingbeil")]),

("de-2",
 "Dr. Oetker kauft Berliner KI-Start-up Fenwa",
 "Der Bielefelder Familienkonzern Dr. Oetker übernimmt das Berliner Start-up "
 "Fenwa Labs, das mit künstlicher Intelligenz neue Rezepturen für Tiefkühlprodukte "
 "entwickelt. Über den Kaufpreis wurde Stillschweigen vereinbart. Fenwa wurde 2023 "
 "von Clara von Hagen und Mehmet Aydın gegründet, die zuvor bei Zalando gearbeitet "
 "hatten. Oetker-Chef Albert Christmann sagte, die Dr. August Oetker KG wolle die "
 "Entwicklungszeit neuer Produkte halbieren. Das Bundeskartellamt muss der "
 "Übernahme noch zustimmen.",
 [("O", "Dr. Oetker"), ("O", "Fenwa"), ("O", "Fenwa Labs"), ("O", "Zalando"),
  ("O", "Oetker"), ("O", "Dr. August Oetker KG"), ("O", "Bundeskartellamt"),
  ("P", "Clara von Hagen"), ("P", "Mehmet Aydın"), ("P", "Albert Christmann")]),

("de-3",
 "Bundestag beschließt Rentenpaket nach Streit in der Union",
 "Berlin (dpa) \u2013 Der Bundestag hat das umstrittene Rentenpaket der Koalition "
 "mit knapper Mehrheit beschlossen. Zuvor hatten mehrere junge Abgeordnete der "
 "Union mit Ablehnung gedroht. Bundeskanzler Friedrich Merz (CDU) sprach nach der "
 "Abstimmung von einem \u201ewichtigen Signal der Verlässlichkeit\u201c. "
 "Arbeitsministerin Bärbel Bas (SPD) kündigte eine Rentenkommission für das "
 "kommende Jahr an. Die Grünen und die Linke stimmten dagegen, die AfD enthielt "
 "sich. Der Sozialverband VdK begrüßte den Beschluss, die Deutsche "
 "Rentenversicherung warnte dagegen vor steigenden Beiträgen.",
 [("O", "dpa"), ("O", "Bundestag"), ("O", "Union"), ("O", "CDU"), ("O", "SPD"),
  ("O", "Grünen"), ("O", "Linke"), ("O", "AfD"), ("O", "VdK"),
  ("O", "Deutsche Rentenversicherung"),
  ("P", "Friedrich Merz"), ("P", "Bärbel Bas")]),

("de-4",
 "Bayern-Präsident Hainer verteidigt Transferpolitik",
 "Herbert Hainer, Präsident des FC Bayern München, hat die Transferpolitik des "
 "Vereins gegen Kritik aus der eigenen Fankurve verteidigt. Auf der "
 "Jahreshauptversammlung sagte Hainer, der Klub habe ohne neue Schulden einen "
 "Rekordumsatz erzielt. Sportvorstand Max Eberl habe \u201eklug und mit "
 "Augenmaß\u201c eingekauft. Zuvor hatte der Fanclub-Dachverband Club Nr. 12 eine "
 "Protestaktion gegen hohe Ticketpreise angekündigt. Auch Borussia Dortmund und "
 "der VfB Stuttgart hatten zuletzt ihre Preise erhöht.",
 [("O", "Bayern"), ("O", "FC Bayern München"), ("O", "Club Nr. 12"),
  ("O", "Borussia Dortmund"), ("O", "VfB Stuttgart"),
  ("P", "Hainer"), ("P", "Herbert Hainer"), ("P", "Max Eberl")]),

("de-5",
 "Siemens Energy hebt Prognose an \u2013 Windtochter Gamesa weiter im Minus",
 "München (Reuters) \u2013 Siemens Energy hat dank der starken Nachfrage nach "
 "Gasturbinen und Netztechnik seine Jahresprognose erneut angehoben. "
 "Vorstandschef Christian Bruch sagte am Mittwoch, die Auftragsbücher seien für "
 "mehrere Jahre gefüllt. Die Windkrafttochter Siemens Gamesa schreibt dagegen "
 "weiter Verluste. Analysten der DZ Bank sprachen von einem \u201estarken Quartal "
 "mit einem bekannten Sorgenkind\u201c. Die Siemens Energy AG will zudem eigene "
 "Aktien zurückkaufen. Der Kurs legte an der Frankfurter Börse um vier Prozent zu.",
 [("O", "Reuters"), ("O", "Siemens Energy"), ("O", "Siemens Energy AG"),
  ("O", "Gamesa"), ("O", "Siemens Gamesa"), ("O", "DZ Bank"),
  ("O", "Frankfurter Börse"), ("P", "Christian Bruch")]),

("de-6",
 "Hugo Boss verliert Markenstreit gegen Hamburger Start-up",
 "Der Modekonzern Hugo Boss ist im Streit um den Namen eines Hamburger Start-ups "
 "vor dem Bundesgerichtshof gescheitert. Die Richter in Karlsruhe bestätigten ein "
 "Urteil des Oberlandesgerichts Hamburg, wonach die Bosslicht GmbH ihren Namen "
 "behalten darf. Die Firma von Jana Petersen und Lukas Brandt verkauft Leuchten "
 "für Büros. Die Hugo Boss AG hatte argumentiert, Kunden könnten an eine "
 "Verbindung zu ihren Produkten denken. Petersen sagte dem \u201eHamburger "
 "Abendblatt\u201c, sie sei \u201eerleichtert und ein bisschen stolz\u201c.",
 [("O", "Hugo Boss"), ("O", "Hugo Boss AG"), ("O", "Bundesgerichtshof"),
  ("O", "Oberlandesgerichts Hamburg"), ("O", "Bosslicht GmbH"),
  ("O", "Hamburger Abendblatt"),
  ("P", "Jana Petersen"), ("P", "Petersen"), ("P", "Lukas Brandt")]),

# ---------------------------------------------------------------- French
("fr-1",
 "Mistral AI lève des fonds auprès d'ASML et de Bpifrance",
 "PARIS (AFP) - La start-up française Mistral AI a annoncé jeudi une nouvelle "
 "levée de fonds menée par le néerlandais ASML, avec la participation de "
 "Bpifrance et de plusieurs fonds américains. Son cofondateur Arthur Mensch a "
 "indiqué que l'argent servirait à construire un centre de calcul dans l'Essonne. "
 "Le ministre de l'Économie Roland Lescure a salué \u00ab\u00a0une excellente "
 "nouvelle pour la souveraineté européenne\u00a0\u00bb. Selon Les Echos, la "
 "valorisation de Mistral dépasserait désormais 12 milliards d'euros. ASML "
 "deviendrait ainsi son premier actionnaire.",
 [("O", "AFP"), ("O", "Mistral AI"), ("O", "Mistral"), ("O", "ASML"),
  ("O", "Bpifrance"), ("O", "Les Echos"),
  ("P", "Arthur Mensch"), ("P", "Roland Lescure")]),

("fr-2",
 "Jacquemus ouvre son capital à la holding de la famille Pinault",
 "La maison Jacquemus a cédé une participation minoritaire à Artémis, la holding "
 "de la famille Pinault, a-t-on appris mardi. Son fondateur Simon Porte Jacquemus "
 "reste majoritaire et conserve la direction artistique. L'opération doit "
 "financer l'ouverture de boutiques en Asie et aux États-Unis. Artémis, qui "
 "contrôle déjà Kering, n'a pas commenté le montant de la transaction. Selon Le "
 "Figaro, LVMH avait également approché la marque l'an dernier.",
 [("O", "Jacquemus"), ("O", "Artémis"), ("O", "Kering"), ("O", "Le Figaro"),
  ("O", "LVMH"), ("P", "Pinault"), ("P", "Simon Porte Jacquemus")]),

("fr-3",
 "L'Assemblée nationale rejette la motion de censure du RN",
 "PARIS (AFP) - L'Assemblée nationale a rejeté lundi la motion de censure déposée "
 "par le Rassemblement national contre le gouvernement de Sébastien Lecornu. Le "
 "texte n'a recueilli que 271 voix, loin des 289 nécessaires. Les députés du "
 "Parti socialiste, qui avaient obtenu la suspension de la réforme des retraites, "
 "ne l'ont pas votée. Marine Le Pen a dénoncé \u00ab\u00a0un accord de "
 "couloir\u00a0\u00bb entre le PS et l'exécutif. Jordan Bardella a promis de "
 "\u00ab\u00a0revenir à la charge\u00a0\u00bb dès janvier.",
 [("O", "AFP"), ("O", "Assemblée nationale"), ("O", "RN"),
  ("O", "Rassemblement national"), ("O", "Parti socialiste"), ("O", "PS"),
  ("P", "Sébastien Lecornu"), ("P", "Marine Le Pen"), ("P", "Jordan Bardella")]),

("fr-4",
 "L'OM se sépare de son directeur du football après la défaite contre Lens",
 "L'Olympique de Marseille a annoncé mercredi le départ de son directeur du "
 "football, Julien Ferrand, au lendemain de la défaite à domicile contre le RC "
 "Lens (0-2). Le président du club, Pablo Longoria, a remercié Ferrand pour "
 "\u00ab\u00a0son engagement total\u00a0\u00bb. L'entraîneur Roberto De Zerbi "
 "conserve en revanche la confiance du propriétaire Frank McCourt. Selon "
 "L'Équipe, l'OM pourrait confier le poste à un ancien dirigeant du LOSC. Le club "
 "reste quatrième du classement.",
 [("O", "OM"), ("O", "Lens"), ("O", "Olympique de Marseille"), ("O", "RC Lens"),
  ("O", "L'Équipe"), ("O", "LOSC"),
  ("P", "Julien Ferrand"), ("P", "Ferrand"), ("P", "Pablo Longoria"),
  ("P", "Roberto De Zerbi"), ("P", "Frank McCourt")]),

("fr-5",
 "BNP Paribas sanctionnée par l'ACPR pour des failles dans la lutte anti-blanchiment",
 "PARIS (Reuters) - L'Autorité de contrôle prudentiel et de résolution (ACPR) a "
 "infligé une amende à BNP Paribas pour des manquements dans ses contrôles "
 "anti-blanchiment entre 2020 et 2023. Le gendarme bancaire, adossé à la Banque de "
 "France, reproche à la banque des retards dans le signalement d'opérations "
 "suspectes à Tracfin. BNP Paribas SA a indiqué qu'elle ne ferait pas appel. Son "
 "directeur général, Jean-Laurent Bonnafé, avait promis en début d'année de "
 "renforcer les équipes de conformité. Le titre a cédé 1 % à la Bourse de Paris.",
 [("O", "Reuters"), ("O", "BNP Paribas"), ("O", "BNP Paribas SA"), ("O", "ACPR"),
  ("O", "Autorité de contrôle prudentiel et de résolution"),
  ("O", "Banque de France"), ("O", "Tracfin"), ("O", "Bourse de Paris"),
  ("P", "Jean-Laurent Bonnafé")]),

("fr-6",
 "La Fondation Bettencourt Schueller finance un programme de l'Institut Curie",
 "La Fondation Bettencourt Schueller va financer pendant cinq ans un programme de "
 "recherche de l'Institut Curie sur les cancers pédiatriques. Françoise "
 "Bettencourt Meyers, présidente de la fondation et principale actionnaire de "
 "L'Oréal, a signé la convention vendredi à Paris. Le programme sera dirigé par "
 "l'oncologue Nadia Benali. Le président de l'Institut Curie, Philippe Garnier, a "
 "salué \u00ab\u00a0un soutien décisif\u00a0\u00bb. La fondation soutient aussi "
 "la rénovation du Centre Pompidou, fermé au public jusqu'en 2030.",
 [("O", "Fondation Bettencourt Schueller"), ("O", "Institut Curie"),
  ("O", "L'Oréal"), ("O", "Centre Pompidou"),
  ("P", "Françoise Bettencourt Meyers"), ("P", "Nadia Benali"),
  ("P", "Philippe Garnier")]),

# ---------------------------------------------------------------- Spanish
("es-1",
 "Banco Sabadell nombra nuevo consejero delegado tras el fracaso de la opa del BBVA",
 "MADRID (EFE) \u2013 El Banco Sabadell ha nombrado a Marc Armengol nuevo consejero "
 "delegado en sustitución de César González-Bueno, que se jubilará a final de año. "
 "El relevo llega dos meses después de que fracasara la opa hostil del BBVA, que "
 "solo logró el apoyo de una cuarta parte del capital. El presidente de la "
 "entidad, Josep Oliu, defendió ante la junta que el banco \u00absale "
 "reforzado\u00bb. El Banco Central Europeo deberá dar el visto bueno al "
 "nombramiento. Las acciones del Sabadell subieron un 1,2 % en la Bolsa de Madrid.",
 [("O", "EFE"), ("O", "Banco Sabadell"), ("O", "Sabadell"), ("O", "BBVA"),
  ("O", "Banco Central Europeo"), ("O", "Bolsa de Madrid"),
  ("P", "Marc Armengol"), ("P", "César González-Bueno"), ("P", "Josep Oliu")]),

("es-2",
 "Telefónica compra la startup valenciana Neurona Cloud",
 "Telefónica ha cerrado la compra de Neurona Cloud, una startup valenciana de "
 "inteligencia artificial fundada en 2022 por los hermanos Lucía y Javier Ferrer. "
 "La operadora integrará la empresa en Telefónica Tech, su filial de servicios "
 "digitales. El presidente de Telefónica, Marc Murtra, explicó que la compra "
 "refuerza su apuesta por los centros de datos en España. Neurona Cloud Solutions "
 "S.L. facturó el año pasado unos 14 millones de euros y emplea a 120 personas. La "
 "Comisión Nacional de los Mercados y la Competencia (CNMC) no tendrá que revisar "
 "la operación por su pequeño tamaño.",
 [("O", "Telefónica"), ("O", "Neurona Cloud"), ("O", "Telefónica Tech"),
  ("O", "Neurona Cloud Solutions S.L."),
  ("O", "Comisión Nacional de los Mercados y la Competencia"), ("O", "CNMC"),
  ("P", "Lucía"), ("P", "Javier Ferrer"), ("P", "Marc Murtra")]),

("es-3",
 "El Congreso rechaza los Presupuestos con los votos de PP, Vox y Junts",
 "MADRID (Europa Press) \u2013 El Congreso de los Diputados rechazó este jueves el "
 "proyecto de Presupuestos Generales del Estado para 2027 con los votos del PP, "
 "Vox y Junts. La ministra de Hacienda, María Jesús Montero, acusó a Alberto Núñez "
 "Feijóo de \u00abbloquear el país por puro cálculo electoral\u00bb. La portavoz "
 "de Junts, Míriam Nogueras, justificó el voto por los incumplimientos del PSOE con "
 "Cataluña. Sumar pidió al presidente del Gobierno, Pedro Sánchez, que presente "
 "unas nuevas cuentas en primavera.",
 [("O", "Europa Press"), ("O", "Congreso"), ("O", "Congreso de los Diputados"),
  ("O", "PP"), ("O", "Vox"), ("O", "Junts"), ("O", "PSOE"), ("O", "Sumar"),
  ("P", "María Jesús Montero"), ("P", "Alberto Núñez Feijóo"),
  ("P", "Míriam Nogueras"), ("P", "Pedro Sánchez")]),

("es-4",
 "Adolfo Domínguez vuelve a beneficios y abre tiendas en México",
 "La firma gallega de moda Adolfo Domínguez cerró su ejercicio fiscal con un "
 "beneficio de 3,1 millones de euros, frente a las pérdidas del año anterior. La "
 "consejera delegada, Adriana Domínguez, atribuyó la mejora a las ventas en línea "
 "y a la apertura de doce tiendas en México. La compañía, que cotiza en la Bolsa "
 "de Madrid, ha firmado además un acuerdo con El Corte Inglés para vender su línea "
 "infantil. El diseñador Adolfo Domínguez, fundador de la marca, sigue siendo su "
 "primer accionista.",
 [("P", "Adolfo Domínguez", "diseñador Adolfo Domínguez"),
  ("O", "Adolfo Domínguez"), ("O", "Bolsa de Madrid"), ("O", "El Corte Inglés"),
  ("P", "Adriana Domínguez")]),

("es-5",
 "Repsol vende el 25 % de su negocio renovable a un fondo noruego",
 "MADRID (Reuters) \u2013 Repsol ha acordado vender una participación del 25 % en "
 "su filial de energías renovables a Norges Bank Investment Management, el gestor "
 "del fondo soberano de Noruega. El consejero delegado, Josu Jon Imaz, dijo que la "
 "operación permitirá a la petrolera reducir deuda sin renunciar al control. "
 "Repsol Renovables gestiona parques eólicos y solares en España, Chile y Estados "
 "Unidos. Los sindicatos CCOO y UGT pidieron garantías sobre el empleo en "
 "Tarragona y Cartagena. La operación necesita la autorización de la Comisión "
 "Europea.",
 [("O", "Reuters"), ("O", "Repsol"), ("O", "Norges Bank Investment Management"),
  ("O", "Repsol Renovables"), ("O", "CCOO"), ("O", "UGT"),
  ("O", "Comisión Europea"), ("P", "Josu Jon Imaz")]),

("es-6",
 "La Fundación Pasqual Maragall y el Hospital Clínic lanzan un estudio sobre el alzhéimer",
 "La Fundación Pasqual Maragall y el Hospital Clínic de Barcelona pondrán en marcha "
 "en enero un estudio con 5.000 voluntarios para detectar el alzhéimer mediante "
 "análisis de sangre. El proyecto cuenta con financiación del Instituto de Salud "
 "Carlos III y de la farmacéutica Grifols. La investigadora principal, Marta Puig i "
 "Soler, explicó que la inteligencia artificial ayudará a interpretar los "
 "resultados. Los datos se compartirán con el Barcelonaβeta Brain Research Center, "
 "el centro de investigación de la fundación. La ministra de Sanidad, Mónica "
 "García, asistió a la presentación.",
 [("O", "Fundación Pasqual Maragall"), ("O", "Hospital Clínic"),
  ("O", "Hospital Clínic de Barcelona"), ("O", "Instituto de Salud Carlos III"),
  ("O", "Grifols"), ("O", "Barcelonaβeta Brain Research Center"),
  ("P", "Marta Puig i Soler"), ("P", "Mónica García")]),

# ---------------------------------------------------------------- Italian
("it-1",
 "Istat: inflazione all'1,2% a novembre, per Bankitalia crescita debole",
 "ROMA (ANSA) - L'inflazione in Italia è scesa a novembre all'1,2% su base annua, "
 "secondo le stime preliminari dell'Istat. A pesare è soprattutto il calo dei "
 "prezzi dell'energia. Il governatore della Banca d'Italia, Fabio Panetta, ha "
 "avvertito che la crescita resta \u00abdebole ma positiva\u00bb. La Bce ha "
 "lasciato i tassi invariati a ottobre e, secondo gli analisti di Intesa Sanpaolo, "
 "potrebbe mantenerli fermi fino all'estate. Il Codacons ha chiesto al governo "
 "misure contro il caro bollette.",
 [("O", "ANSA"), ("O", "Istat"), ("O", "Bankitalia"), ("O", "Banca d'Italia"),
  ("O", "Bce"), ("O", "Intesa Sanpaolo"), ("O", "Codacons"),
  ("P", "Fabio Panetta")]),

("it-2",
 "Brunello Cucinelli alza le stime, il titolo vola a Piazza Affari",
 "La Brunello Cucinelli S.p.A. ha alzato le stime per il 2026 dopo un terzo "
 "trimestre con ricavi in crescita del 10%. Il presidente esecutivo, Brunello "
 "Cucinelli, ha detto che la domanda di cachemire di alta gamma \u00abnon conosce "
 "crisi\u00bb né in Europa né negli Stati Uniti. Gli analisti di Mediobanca hanno "
 "alzato il prezzo obiettivo. La maison umbra, che ha sede a Solomeo, ha anche "
 "annunciato un accordo con il Politecnico di Milano per una scuola di artigianato "
 "digitale. Il titolo ha chiuso in rialzo del 6%.",
 [("P", "Brunello Cucinelli", "esecutivo, Brunello Cucinelli"),
  ("O", "Brunello Cucinelli"), ("O", "Brunello Cucinelli S.p.A."),
  ("O", "Mediobanca"), ("O", "Politecnico di Milano")]),

("it-3",
 "Manovra, il Senato approva con la fiducia",
 "ROMA (ANSA) - Il Senato ha approvato con 108 voti favorevoli la legge di "
 "bilancio, su cui il governo aveva posto la questione di fiducia. Il testo passa "
 "ora alla Camera. Il ministro dell'Economia Giancarlo Giorgetti (Lega) ha difeso "
 "le misure per il ceto medio, mentre la segretaria del Pd Elly Schlein ha parlato "
 "di \u00abuna manovra senza visione\u00bb. Per il leader del M5s, Giuseppe Conte, "
 "il governo \u00abha dimenticato il Sud\u00bb. Critiche anche dalla Cgil di "
 "Maurizio Landini, che ha confermato lo sciopero generale del 12 dicembre.",
 [("O", "ANSA"), ("O", "Senato"), ("O", "Camera"), ("O", "Lega"), ("O", "Pd"),
  ("O", "M5s"), ("O", "Cgil"),
  ("P", "Giancarlo Giorgetti"), ("P", "Elly Schlein"), ("P", "Giuseppe Conte"),
  ("P", "Maurizio Landini")]),

("it-4",
 "Juventus, via libera all'aumento di capitale: Exor sottoscrive la sua quota",
 "Il consiglio di amministrazione della Juventus ha approvato un aumento di "
 "capitale da 100 milioni di euro, che Exor, la holding della famiglia Agnelli, "
 "sottoscriverà per la sua quota del 65%. L'amministratore delegato Damien Comolli "
 "ha spiegato che le risorse serviranno a rafforzare la squadra e a ridurre il "
 "debito. La Juventus Football Club S.p.A. ha chiuso l'ultimo esercizio con una "
 "perdita di 58 milioni. Il numero uno di Exor, John Elkann, non ha partecipato "
 "alla riunione. La Consob ha già approvato il prospetto.",
 [("O", "Juventus"), ("O", "Exor"), ("O", "Juventus Football Club S.p.A."),
  ("O", "Consob"), ("P", "Agnelli"), ("P", "Damien Comolli"),
  ("P", "John Elkann")]),

("it-5",
 "Enel firma con la start-up Quantea un accordo per l'IA sulle reti",
 "MILANO (ANSA) - Enel ha firmato un accordo con Quantea, start-up torinese nata "
 "come spin-off del Politecnico di Torino, per usare l'intelligenza artificiale "
 "nella manutenzione delle reti elettriche. L'intesa prevede anche un investimento "
 "in Quantea S.r.l. attraverso il fondo di venture capital di Cdp. "
 "L'amministratore delegato di Enel, Flavio Cattaneo, ha detto che l'obiettivo è "
 "\u00abridurre i guasti del 20%\u00bb. La start-up è stata fondata da Giulia De "
 "Santis e Marco Rinaldi. Anche e-distribuzione, la società del gruppo che "
 "gestisce la rete, parteciperà ai test.",
 [("O", "ANSA"), ("O", "Enel"), ("O", "Quantea"), ("O", "Quantea S.r.l."),
  ("O", "Politecnico di Torino"), ("O", "Cdp"), ("O", "e-distribuzione"),
  ("P", "Flavio Cattaneo"), ("P", "Giulia De Santis"), ("P", "Marco Rinaldi")]),

("it-6",
 "Scala, il Tar respinge il ricorso sulla nomina di Ortombina",
 "Il Tar della Lombardia ha respinto il ricorso presentato dal sindacato Fials "
 "contro la nomina di Fortunato Ortombina a sovrintendente del Teatro alla Scala. "
 "Secondo i giudici, la procedura seguita dalla Fondazione Teatro alla Scala è "
 "stata corretta. Il sindaco di Milano, Giuseppe Sala, ha espresso soddisfazione. "
 "La Fials ha annunciato che si rivolgerà al Consiglio di Stato. Intanto la Scala "
 "ha presentato la nuova stagione, che si aprirà il 7 dicembre con un'opera di "
 "Giuseppe Verdi diretta da Riccardo Chailly.",
 [("O", "Scala"), ("O", "Tar"), ("O", "Tar della Lombardia"), ("O", "Fials"),
  ("O", "Teatro alla Scala"), ("O", "Fondazione Teatro alla Scala"),
  ("O", "Consiglio di Stato"),
  ("P", "Ortombina"), ("P", "Fortunato Ortombina"), ("P", "Giuseppe Sala"),
  ("P", "Giuseppe Verdi"), ("P", "Riccardo Chailly")]),

# ---------------------------------------------------------------- Portuguese
("pt-1",
 "Galp vende participação em bloco na Namíbia à TotalEnergies",
 "LISBOA (Lusa) \u2013 A Galp Energia chegou a acordo para vender 40% do bloco "
 "Mopane, na Namíbia, à francesa TotalEnergies, segundo um comunicado enviado à "
 "Comissão do Mercado de Valores Mobiliários (CMVM). A co-presidente executiva da "
 "Galp, Maria João Carioca, afirmou que a venda reduz o risco do projeto e permite "
 "manter uma posição relevante. A TotalEnergies SE ficará como operadora do "
 "bloco. Analistas do BPI consideraram o preço \u00abacima das expectativas\u00bb. "
 "As ações da Galp subiram 5% na Euronext Lisboa.",
 [("O", "Lusa"), ("O", "Galp"), ("O", "Galp Energia"), ("O", "TotalEnergies"),
  ("O", "TotalEnergies SE"),
  ("O", "Comissão do Mercado de Valores Mobiliários"), ("O", "CMVM"),
  ("O", "BPI"), ("O", "Euronext Lisboa"), ("P", "Maria João Carioca")]),

("pt-2",
 "Nubank recebe licença e passa a ser banco no Brasil",
 "O Nubank recebeu do Banco Central a autorização para operar como banco no "
 "Brasil, depois de meses de críticas da Federação Brasileira de Bancos "
 "(Febraban). A mudança obriga a Nu Pagamentos S.A. a cumprir regras de capital "
 "mais rígidas. O fundador e presidente-executivo, David Vélez, disse que a "
 "licença \u00abnão muda nada para o cliente\u00bb. O presidente do Banco Central, "
 "Gabriel Galípolo, tinha defendido em setembro que só empresas com licença "
 "bancária possam usar a palavra banco no nome. O Itaú Unibanco e o Inter não "
 "comentaram.",
 [("O", "Nubank"), ("O", "Banco Central"),
  ("O", "Federação Brasileira de Bancos"), ("O", "Febraban"),
  ("O", "Nu Pagamentos S.A."), ("O", "Itaú Unibanco"), ("O", "Inter"),
  ("P", "David Vélez"), ("P", "Gabriel Galípolo")]),

("pt-3",
 "Parlamento aprova Orçamento do Estado com abstenção do PS",
 "LISBOA (Lusa) \u2013 A Assembleia da República aprovou hoje em votação final "
 "global o Orçamento do Estado para 2027, com os votos favoráveis do PSD e do "
 "CDS-PP e a abstenção do PS. O Chega, a Iniciativa Liberal e o Livre votaram "
 "contra. O primeiro-ministro, Luís Montenegro, agradeceu ao secretário-geral "
 "socialista, José Luís Carneiro, o \u00absentido de responsabilidade\u00bb. André "
 "Ventura acusou o PS de \u00absalvar o governo\u00bb. O ministro de Estado e das "
 "Finanças, Joaquim Miranda Sarmento, garantiu que as contas públicas terão novo "
 "excedente.",
 [("O", "Lusa"), ("O", "Parlamento"), ("O", "PS"), ("O", "Assembleia da República"),
  ("O", "PSD"), ("O", "CDS-PP"), ("O", "Chega"), ("O", "Iniciativa Liberal"),
  ("O", "Livre"),
  ("P", "Luís Montenegro"), ("P", "José Luís Carneiro"), ("P", "André Ventura"),
  ("P", "Joaquim Miranda Sarmento")]),

("pt-4",
 "Benfica e Sporting disputam jovem avançado do Vitória de Guimarães",
 "O Benfica apresentou uma proposta pelo avançado Tiago Moreira, de 19 anos, mas "
 "o Sporting estará disposto a pagar mais, segundo o jornal A Bola. O presidente "
 "encarnado, Rui Costa, quer fechar o negócio antes da reabertura do mercado em "
 "janeiro. Do lado do Sporting, Frederico Varandas recusou comentar. O Vitória "
 "Sport Clube lembra que a cláusula de rescisão do jogador é de 40 milhões de "
 "euros. Moreira marcou oito golos esta época.",
 [("O", "Benfica"), ("O", "Sporting"), ("O", "Vitória de Guimarães"),
  ("O", "A Bola"), ("O", "Vitória Sport Clube"),
  ("P", "Tiago Moreira"), ("P", "Moreira"), ("P", "Rui Costa"),
  ("P", "Frederico Varandas")]),

("pt-5",
 "STF suspende leilão de blocos de petróleo na Foz do Amazonas",
 "BRASÍLIA (Agência Brasil) \u2013 O ministro Flávio Dino, do Supremo Tribunal "
 "Federal (STF), suspendeu nesta terça-feira o leilão de blocos de exploração de "
 "petróleo na Foz do Amazonas marcado pela Agência Nacional do Petróleo (ANP) "
 "para dezembro. A decisão atende a um pedido do partido Rede Sustentabilidade e "
 "de organizações como o Greenpeace Brasil. A Petrobras, que pretendia disputar "
 "os blocos, disse que vai recorrer. A presidente da estatal, Magda Chambriard, "
 "afirmou que a empresa \u00abcumpre todas as exigências ambientais\u00bb.",
 [("O", "Agência Brasil"), ("O", "STF"), ("O", "Supremo Tribunal Federal"),
  ("O", "Agência Nacional do Petróleo"), ("O", "ANP"),
  ("O", "Rede Sustentabilidade"), ("O", "Greenpeace Brasil"), ("O", "Petrobras"),
  ("P", "Flávio Dino"), ("P", "Magda Chambriard")]),

("pt-6",
 "Gulbenkian financia programa de saúde mental do Hospital de Santa Maria",
 "A Fundação Calouste Gulbenkian vai financiar durante três anos um programa de "
 "saúde mental para adolescentes no Hospital de Santa Maria, em Lisboa. O "
 "protocolo foi assinado pelo presidente da fundação, António Feijó, e pela "
 "ministra da Saúde, Ana Paula Martins. O programa será coordenado pela "
 "psiquiatra Inês Tavares da Silva, da Faculdade de Medicina da Universidade de "
 "Lisboa. A Gulbenkian prevê alargar o projeto ao Porto, em parceria com a Unidade "
 "Local de Saúde de São João, caso os resultados sejam positivos.",
 [("O", "Gulbenkian"), ("O", "Fundação Calouste Gulbenkian"),
  ("O", "Hospital de Santa Maria"),
  ("O", "Faculdade de Medicina da Universidade de Lisboa"),
  ("O", "Unidade Local de Saúde de São João"),
  ("P", "António Feijó"), ("P", "Ana Paula Martins"),
  ("P", "Inês Tavares da Silva")]),

# ---------------------------------------------------------------- Dutch
("nl-1",
 "ASML boekt meer orders dankzij sterke vraag van TSMC",
 "VELDHOVEN (ANP) - ASML heeft in het derde kwartaal meer orders binnengehaald dan "
 "analisten hadden verwacht, vooral dankzij bestellingen van de Taiwanese "
 "chipmaker TSMC. Topman Christophe Fouquet zei dat de vraag naar machines voor "
 "AI-chips \u201eonverminderd sterk\u201d blijft. ASML Holding N.V. verhoogt daarom "
 "het dividend met 15 procent. Volgens analisten van ING en ABN Amro profiteert "
 "het bedrijf ook van de nieuwe fabrieken van Samsung in Zuid-Korea. Het aandeel "
 "steeg op Euronext Amsterdam ruim 4 procent.",
 [("O", "ANP"), ("O", "ASML"), ("O", "TSMC"), ("O", "ASML Holding N.V."),
  ("O", "ING"), ("O", "ABN Amro"), ("O", "Samsung"), ("O", "Euronext Amsterdam"),
  ("P", "Christophe Fouquet")]),

("nl-2",
 "FNV en NS bereiken cao-akkoord, stakingen van de baan",
 "De vakbonden FNV, CNV en VVMC hebben met NS een akkoord bereikt over een nieuwe "
 "cao voor ruim 20.000 medewerkers. Daarmee zijn de aangekondigde stakingen in "
 "december van de baan. De lonen stijgen in twee jaar met 7 procent. "
 "FNV-bestuurder Henk Jansen sprak van \u201eeen goed resultaat voor het "
 "personeel\u201d. Een woordvoerder van de Nederlandse Spoorwegen zei blij te zijn "
 "dat reizigers niet opnieuw worden gedupeerd. Reizigersvereniging Rover noemde "
 "het akkoord \u201egoed nieuws voor iedereen die afhankelijk is van de "
 "trein\u201d.",
 [("O", "FNV"), ("O", "NS"), ("O", "CNV"), ("O", "VVMC"),
  ("O", "Nederlandse Spoorwegen"), ("O", "Rover"), ("P", "Henk Jansen")]),

("nl-3",
 "ACM beboet Booking.com voor nepkortingen",
 "DEN HAAG (ANP) - De Autoriteit Consument & Markt (ACM) heeft Booking.com een "
 "boete opgelegd omdat het reisplatform consumenten met nepkortingen onder druk "
 "zou hebben gezet. Volgens de toezichthouder toonde de site maandenlang "
 "meldingen als \u201enog maar 1 kamer over\u201d die niet klopten. Booking.com "
 "B.V. gaat in beroep bij de Rechtbank Rotterdam. ACM-bestuursvoorzitter Martijn "
 "Snoep zei dat \u201eook grote platforms zich aan de regels moeten houden\u201d. "
 "De Consumentenbond noemde de boete \u201eeen belangrijk signaal\u201d.",
 [("O", "ANP"), ("O", "ACM"), ("O", "Booking.com"),
  ("O", "Autoriteit Consument & Markt"), ("O", "Booking.com B.V."),
  ("O", "Rechtbank Rotterdam"), ("O", "Consumentenbond"),
  ("P", "Martijn Snoep")]),

("nl-4",
 "PSV en Ajax strijden om talent van FC Utrecht",
 "PSV en Ajax hebben allebei een bod uitgebracht op Noah van der Berg, de "
 "18-jarige middenvelder van FC Utrecht. Volgens het Algemeen Dagblad ligt het "
 "hoogste bod bij Ajax. Utrecht-directeur Jordy Zuidam wil Van der Berg liever nog "
 "een seizoen houden. PSV-trainer Peter Bosz zou de speler persoonlijk hebben "
 "gebeld. De zaakwaarnemer van de speler, Kees de Wit, bevestigde tegenover De "
 "Telegraaf dat er \u201eserieuze interesse\u201d is.",
 [("O", "PSV"), ("O", "Ajax"), ("O", "FC Utrecht"), ("O", "Utrecht"),
  ("O", "Algemeen Dagblad"), ("O", "De Telegraaf"),
  ("P", "Noah van der Berg"), ("P", "Van der Berg"), ("P", "Jordy Zuidam"),
  ("P", "Peter Bosz"), ("P", "Kees de Wit")]),

("nl-5",
 "De Nederlandsche Bank waarschuwt voor groei van private kredieten",
 "AMSTERDAM (ANP) - De Nederlandsche Bank (DNB) maakt zich zorgen over de snelle "
 "groei van leningen die buiten de banken om worden verstrekt. Vooral "
 "pensioenfondsen als ABP en PFZW beleggen steeds meer in zulke private "
 "kredieten. DNB-president Olaf Sleijpen zei dat de risico's \u201emoeilijk te "
 "overzien\u201d zijn. De toezichthouder wil meer gegevens van de fondsen en "
 "overlegt daarover met de Autoriteit Financiële Markten (AFM). De "
 "Pensioenfederatie liet weten dat haar leden hun risico's goed beheersen.",
 [("O", "ANP"), ("O", "De Nederlandsche Bank"), ("O", "DNB"), ("O", "ABP"),
  ("O", "PFZW"), ("O", "Autoriteit Financiële Markten"), ("O", "AFM"),
  ("O", "Pensioenfederatie"), ("P", "Olaf Sleijpen")]),

("nl-6",
 "Heineken schrapt 5.000 banen en investeert in alcoholvrij bier",
 "Heineken N.V. schrapt de komende twee jaar wereldwijd ongeveer 5.000 banen, "
 "vooral op hoofdkantoren en regiokantoren. Met het vrijgekomen geld wil de "
 "brouwer meer investeren in alcoholvrij bier. Grootaandeelhouder Charlene de "
 "Carvalho-Heineken, de dochter van Freddy Heineken, steunt het plan, meldt NRC. "
 "In Nederland verdwijnen naar verwachting 400 banen. Vakbond CNV Vakmensen wil "
 "snel met Heineken om tafel over een sociaal plan.",
 [("O", "Heineken"), ("O", "Heineken N.V."), ("O", "NRC"), ("O", "CNV Vakmensen"),
  ("P", "Charlene de Carvalho-Heineken"), ("P", "Freddy Heineken")]),

# ---------------------------------------------------------------- Russian
("ru-1",
 "Банк России снизил ключевую ставку до 16%",
 "МОСКВА (Интерфакс) \u2013 Совет директоров Банка России снизил ключевую ставку "
 "на 50 базисных пунктов, до 16% годовых. Председатель ЦБ Эльвира Набиуллина "
 "заявила, что инфляция замедляется быстрее, чем ожидалось. Аналитики Сбербанка "
 "и ВТБ ожидали более решительного шага. Глава ВТБ Андрей Костин ранее призывал "
 "регулятор ускорить снижение ставки. По прогнозу регулятора, к концу года "
 "инфляция опустится до 6\u20137%. Следующее заседание по ставке пройдет в "
 "феврале.",
 [("O", "Интерфакс"), ("O", "Банк России"), ("O", "Банка России"), ("O", "ЦБ"),
  ("O", "Сбербанка"), ("O", "ВТБ"),
  ("P", "Эльвира Набиуллина"), ("P", "Андрей Костин")]),

("ru-2",
 "«Яндекс» открыл исследовательский центр ИИ в Казани",
 "«Яндекс» открыл в Казани исследовательский центр по искусственному интеллекту, "
 "где будут работать около 300 инженеров. Центр создан вместе с Казанским "
 "федеральным университетом. Генеральный директор «Яндекса» Артем Савиновский "
 "сказал, что компания рассчитывает найти в регионе сильных математиков. В первый "
 "год центр займется проектами для «Яндекс Маркета» и банковского сервиса "
 "компании. Кроме того, «Яндекс» купил долю в казанском стартапе «Нейросфера», "
 "основанном выпускниками МФТИ Тимуром Хасановым и Алиной Гариповой.",
 [("O", "Яндекс"), ("O", "Яндекса"), ("O", "Яндекс Маркета"),
  ("O", "Казанским федеральным университетом"), ("O", "Нейросфера"),
  ("O", "МФТИ"),
  ("P", "Артем Савиновский"), ("P", "Тимуром Хасановым"),
  ("P", "Алиной Гариповой")]),

("ru-3",
 "Госдума приняла бюджет на 2027 год во втором чтении",
 "МОСКВА (ТАСС) \u2013 Государственная дума приняла во втором чтении федеральный "
 "бюджет на 2027\u20132029 годы. За документ проголосовали депутаты «Единой "
 "России» и ЛДПР, против выступила фракция КПРФ. Председатель Госдумы Вячеслав "
 "Володин назвал бюджет «социально ориентированным». Министр финансов Антон "
 "Силуанов заявил, что дефицит удастся удержать ниже 2% ВВП. Счетная палата "
 "ранее указывала на риски недобора нефтегазовых доходов.",
 [("O", "ТАСС"), ("O", "Госдума"), ("O", "Государственная дума"),
  ("O", "Единой России"), ("O", "ЛДПР"), ("O", "КПРФ"), ("O", "Госдумы"),
  ("O", "Счетная палата"),
  ("P", "Вячеслав Володин"), ("P", "Антон Силуанов")]),

("ru-4",
 "«Зенит» расстался с главным тренером после поражения от «Спартака»",
 "Петербургский «Зенит» объявил о расставании с главным тренером Сергеем Семаком "
 "после домашнего поражения от московского «Спартака» (0:2). Исполняющим "
 "обязанности назначен его помощник Игорь Симутенков. Председатель правления "
 "клуба Александр Медведев поблагодарил Семака за шесть чемпионских титулов. "
 "Семак возглавлял команду с 2018 года, но осенью болельщики все чаще "
 "требовали перемен. По "
 "данным «Спорт-Экспресса», руководство «Зенита» уже ведет переговоры с "
 "иностранным специалистом.",
 [("O", "Зенит"), ("O", "Спартака"), ("O", "Спорт-Экспресса"), ("O", "Зенита"),
  ("P", "Сергеем Семаком"), ("P", "Семака"), ("P", "Семак"), ("P", "Игорь Симутенков"),
  ("P", "Александр Медведев")]),

("ru-5",
 "«Роснефть» и «Газпром нефть» создадут совместное предприятие на Ямале",
 "МОСКВА (РИА Новости) \u2013 «Роснефть» и ПАО «Газпром нефть» создадут "
 "совместное предприятие для разработки нового нефтяного месторождения на Ямале, "
 "сообщили компании. Соглашение подписали глава «Роснефти» Игорь Сечин и "
 "председатель правления «Газпром нефти» Александр Дюков. Доли партнеров будут "
 "равными. Сделку еще должна одобрить Федеральная антимонопольная служба. "
 "Аналитики «Финама» считают, что проект окупится не раньше 2035 года.",
 [("O", "РИА Новости"), ("O", "Роснефть"), ("O", "Газпром нефть"),
  ("O", "ПАО «Газпром нефть»"), ("O", "Роснефти"), ("O", "Газпром нефти"),
  ("O", "Федеральная антимонопольная служба"), ("O", "Финама"),
  ("P", "Игорь Сечин"), ("P", "Александр Дюков")]),

("ru-6",
 "«Лаборатория Касперского» выиграла спор с налоговой службой",
 "Арбитражный суд Москвы удовлетворил иск «Лаборатории Касперского» и отменил "
 "решение Федеральной налоговой службы о доначислении компании налогов. "
 "Налоговики считали, что разработчик антивирусов неправомерно применял льготы "
 "для ИТ-компаний. Генеральный директор Евгений Касперский написал в своем блоге, "
 "что решение «восстанавливает справедливость». ФНС может обжаловать решение в "
 "Девятом арбитражном апелляционном суде. Интересы компании в суде представляла "
 "юридическая фирма «Пепеляев Групп».",
 [("O", "Лаборатория Касперского"), ("O", "Арбитражный суд Москвы"),
  ("O", "Лаборатории Касперского"), ("O", "Федеральной налоговой службы"),
  ("O", "ФНС"), ("O", "Девятом арбитражном апелляционном суде"),
  ("O", "Пепеляев Групп"), ("P", "Евгений Касперский")]),

# ---------------------------------------------------------------- Polish
("pl-1",
 "RPP obniżyła stopy procentowe. Glapiński: to nie koniec cyklu",
 "Warszawa (PAP) \u2013 Rada Polityki Pieniężnej obniżyła w środę stopę "
 "referencyjną o 25 punktów bazowych, do 4 proc. Prezes NBP Adam Glapiński "
 "powiedział na konferencji, że inflacja jest już w celu Narodowego Banku "
 "Polskiego. Ekonomiści PKO Banku Polskiego spodziewają się kolejnej obniżki w "
 "marcu. Z kolei analitycy Pekao zwracają uwagę na wysokie tempo wzrostu płac. "
 "Decyzja była zgodna z oczekiwaniami rynku.",
 [("O", "PAP"), ("O", "RPP"), ("O", "Rada Polityki Pieniężnej"), ("O", "NBP"),
  ("O", "Narodowego Banku Polskiego"), ("O", "PKO Banku Polskiego"),
  ("O", "Pekao"), ("P", "Glapiński"), ("P", "Adam Glapiński")]),

("pl-2",
 "ElevenLabs otwiera w Warszawie centrum badawcze",
 "Założona przez Polaków firma ElevenLabs otworzy w Warszawie centrum badawcze, w "
 "którym pracę znajdzie 200 inżynierów. Współzałożyciel spółki Mati Staniszewski "
 "powiedział, że centrum będzie współpracować z Politechniką Warszawską przy "
 "badaniach nad syntezą mowy. Wicepremier i minister cyfryzacji Krzysztof "
 "Gawkowski nazwał inwestycję \u201edowodem siły polskich talentów\u201d. "
 "Inwestorami ElevenLabs są m.in. Andreessen Horowitz i Sequoia Capital. "
 "Wcześniej swoje centra badawcze w Warszawie uruchomiły Google i Microsoft.",
 [("O", "ElevenLabs"), ("O", "Politechniką Warszawską"),
  ("O", "Andreessen Horowitz"), ("O", "Sequoia Capital"), ("O", "Google"),
  ("O", "Microsoft"),
  ("P", "Mati Staniszewski"), ("P", "Krzysztof Gawkowski")]),

("pl-3",
 "Sejm przyjął budżet na 2027 rok. Opozycja zapowiada skargę",
 "Warszawa (PAP) \u2013 Sejm uchwalił w piątek ustawę budżetową na 2027 rok. Za "
 "głosowali posłowie koalicji rządzącej, przeciw byli posłowie PiS i "
 "Konfederacji. Minister finansów Andrzej Domański (KO) zapewnił, że deficyt "
 "spadnie poniżej 6 proc. PKB. Przewodniczący klubu PiS Mariusz Błaszczak "
 "zapowiedział, że opozycja zwróci się do prezydenta Karola Nawrockiego o "
 "skierowanie ustawy do Trybunału Konstytucyjnego. Budżetem zajmie się teraz "
 "Senat.",
 [("O", "PAP"), ("O", "Sejm"), ("O", "PiS"), ("O", "Konfederacji"), ("O", "KO"),
  ("O", "Trybunału Konstytucyjnego"), ("O", "Senat"),
  ("P", "Andrzej Domański"), ("P", "Mariusz Błaszczak"),
  ("P", "Karola Nawrockiego")]),

("pl-4",
 "Legia zwolniła trenera po porażce z Lechem",
 "Legia Warszawa rozstała się z trenerem Tomaszem Wróblem po przegranym 0:3 meczu "
 "z Lechem Poznań. Właściciel i prezes Legii Dariusz Mioduski podziękował "
 "szkoleniowcowi za pracę, ale przyznał, że \u201ewyniki są nie do "
 "zaakceptowania\u201d. Tymczasowo drużynę poprowadzi asystent Marek Kowalczyk. "
 "Według \u201ePrzeglądu Sportowego\u201d klub rozmawia już z byłym trenerem "
 "Rakowa Częstochowa. Kibice Legii domagają się także zmian w zarządzie.",
 [("O", "Legia"), ("O", "Lechem"), ("O", "Legia Warszawa"),
  ("O", "Lechem Poznań"), ("O", "Legii"), ("O", "Przeglądu Sportowego"),
  ("O", "Rakowa Częstochowa"),
  ("P", "Tomaszem Wróblem"), ("P", "Dariusz Mioduski"), ("P", "Marek Kowalczyk")]),

("pl-5",
 "Orlen podpisał umowę z Equinorem na dostawy gazu",
 "Warszawa (PAP) \u2013 Orlen podpisał z norweskim Equinorem dziesięcioletnią "
 "umowę na dostawy gazu ziemnego, poinformowała spółka. Prezes Orlenu Ireneusz "
 "Fąfara powiedział, że kontrakt pokryje około jednej trzeciej rocznego zużycia "
 "gazu w Polsce. Surowiec będzie przesyłany gazociągiem Baltic Pipe, którym "
 "zarządza spółka Gaz-System. Minister energii Miłosz Motyka ocenił, że umowa "
 "\u201ewzmacnia bezpieczeństwo energetyczne kraju\u201d. Orlen S.A. nie ujawnił "
 "wartości kontraktu.",
 [("O", "PAP"), ("O", "Orlen"), ("O", "Equinorem"), ("O", "Orlenu"),
  ("O", "Gaz-System"), ("O", "Orlen S.A."),
  ("P", "Ireneusz Fąfara"), ("P", "Miłosz Motyka")]),

("pl-6",
 "Wedel rozbuduje fabrykę na warszawskiej Pradze",
 "Producent czekolady E. Wedel zainwestuje 300 mln zł w rozbudowę fabryki na "
 "warszawskiej Pradze, gdzie słodycze produkuje od ponad stu lat. Spółka należy "
 "do koreańskiego koncernu Lotte. Prezes Wedla Dariusz Orłowski powiedział, że "
 "nowa linia pozwoli zwiększyć eksport do Niemiec i Czech o połowę. Zakładowa "
 "\u201eSolidarność\u201d przyjęła plan z zadowoleniem, bo przewiduje on 150 "
 "nowych miejsc pracy. Inwestycję wsparła Polska Agencja Inwestycji i Handlu.",
 [("O", "Wedel"), ("O", "E. Wedel"), ("O", "Lotte"), ("O", "Wedla"),
  ("O", "Solidarność"), ("O", "Polska Agencja Inwestycji i Handlu"),
  ("P", "Dariusz Orłowski")]),

# ---------------------------------------------------------------- Swedish
("sv-1",
 "Riksbanken lämnar räntan oförändrad",
 "STOCKHOLM (TT) \u2013 Riksbanken lämnar styrräntan oförändrad på 1,75 procent, "
 "meddelade banken på torsdagen. Riksbankschefen Erik Thedéen sade att inflationen "
 "har fallit tillbaka men att osäkerheten om kronans utveckling är stor. Samtliga "
 "ekonomer som tillfrågats av TT hade väntat sig beslutet. Enligt Swedbank och SEB "
 "kan nästa sänkning komma tidigast till sommaren. Socialdemokraternas "
 "ekonomisk-politiske talesperson Mikael Damberg (S) välkomnade beskedet.",
 [("O", "TT"), ("O", "Riksbanken"), ("O", "Swedbank"), ("O", "SEB"),
  ("O", "Socialdemokraternas"), ("O", "S"),
  ("P", "Erik Thedéen"), ("P", "Mikael Damberg")]),

("sv-2",
 "Lovable tar in nytt kapital och köper Göteborgsbolag",
 "Det Stockholmsbaserade AI-bolaget Lovable har tagit in nytt kapital i en runda "
 "som leds av den amerikanska riskkapitalfirman Accel. Enligt Dagens industri "
 "värderas bolaget nu till över 50 miljarder kronor. Medgrundaren och vd:n Anton "
 "Osika säger att pengarna ska gå till nyanställningar i Stockholm och Boston. "
 "Bland de befintliga ägarna finns Creandum och Spotifys grundare Daniel Ek. "
 "Samtidigt har Lovable köpt det Göteborgsbaserade bolaget Nordlys Data AB, som "
 "utvecklar verktyg för testning av kod.",
 [("O", "Lovable"), ("O", "Accel"), ("O", "Dagens industri"), ("O", "Creandum"),
  ("O", "Spotifys"), ("O", "Nordlys Data AB"),
  ("P", "Anton Osika"), ("P", "Daniel Ek")]),

("sv-3",
 "Volvo Cars varslar 1 200 anställda \u2013 IF Metall kritiskt",
 "GÖTEBORG (TT) \u2013 Volvo Cars varslar 1 200 anställda vid fabriken i "
 "Torslanda. Skälet är enligt bolaget en svagare efterfrågan på elbilar i Europa "
 "och de amerikanska tullarna. Vd Håkan Samuelsson säger att beslutet är "
 "\u201dtungt men nödvändigt\u201d. IF Metalls förbundsordförande Marie Nilsson "
 "kräver att Volvo Car AB och huvudägaren Geely tar ett större ansvar för de "
 "anställda. Arbetsförmedlingen har redan kontaktats om varslet.",
 [("O", "TT"), ("O", "Volvo Cars"), ("O", "IF Metall"), ("O", "IF Metalls"),
  ("O", "Volvo Car AB"), ("O", "Geely"), ("O", "Arbetsförmedlingen"),
  ("P", "Håkan Samuelsson"), ("P", "Marie Nilsson")]),

("sv-4",
 "Malmö FF värvar norsk mittfältare från Bodø/Glimt",
 "Malmö FF har skrivit ett fyraårskontrakt med den norske mittfältaren Sondre "
 "Haugland, 22, från Bodø/Glimt. Enligt Sydsvenskan betalar MFF omkring 30 "
 "miljoner kronor för spelaren. Sportchefen Daniel Andersson kallar Haugland "
 "\u201den spelare som passar vårt sätt att spela\u201d. Även AIK och Hammarby ska "
 "ha varit intresserade. Haugland ansluter till truppen när försäsongsträningen "
 "börjar i januari.",
 [("O", "Malmö FF"), ("O", "Bodø/Glimt"), ("O", "Sydsvenskan"), ("O", "MFF"),
  ("O", "AIK"), ("O", "Hammarby"),
  ("P", "Sondre Haugland"), ("P", "Haugland"), ("P", "Daniel Andersson")]),

("sv-5",
 "Vattenfall väljer Rolls-Royce för ny kärnkraft vid Ringhals",
 "STOCKHOLM (TT) \u2013 Vattenfall har valt brittiska Rolls-Royce SMR som "
 "leverantör av små modulära reaktorer till den planerade kärnkraften vid "
 "Ringhals. Vd Anna Borg säger att valet gjordes efter en lång utvärdering av "
 "flera leverantörer. Den första reaktorn kan tas i drift i mitten av 2030-talet "
 "om Strålsäkerhetsmyndigheten godkänner konstruktionen. Naturskyddsföreningen "
 "kritiserar beslutet och menar att pengarna hellre borde gå till vindkraft. "
 "Vattenfall AB ägs helt av staten.",
 [("O", "TT"), ("O", "Vattenfall"), ("O", "Rolls-Royce"), ("O", "Rolls-Royce SMR"),
  ("O", "Strålsäkerhetsmyndigheten"), ("O", "Naturskyddsföreningen"),
  ("O", "Vattenfall AB"), ("P", "Anna Borg")]),

("sv-6",
 "H&M-familjens stiftelse ger 200 miljoner till Karolinska Institutet",
 "Erling-Persson Stiftelsen ger 200 miljoner kronor till Karolinska Institutet för "
 "forskning om psykisk ohälsa hos unga. Stiftelsen grundades av Stefan Persson, "
 "huvudägare i H&M, och hans familj och bär namn efter hans far Erling Persson. "
 "KI:s rektor Annika Östman Wernerson säger att gåvan gör det möjligt att följa "
 "10 000 barn under tjugo år. Forskningen ska ske i samarbete med Region Stockholm "
 "och Astrid Lindgrens barnsjukhus.",
 [("O", "H&M"), ("O", "Karolinska Institutet"), ("O", "Erling-Persson Stiftelsen"),
  ("O", "KI"), ("O", "Region Stockholm"), ("O", "Astrid Lindgrens barnsjukhus"),
  ("P", "Stefan Persson"), ("P", "Erling Persson"),
  ("P", "Annika Östman Wernerson")]),

# ---------------------------------------------------------------- Danish
("da-1",
 "Novo Nordisk nedjusterer igen forventningerne",
 "KØBENHAVN (Ritzau) \u2013 Novo Nordisk nedjusterer igen forventningerne til årets "
 "salg og driftsresultat. Selskabet peger på hård priskonkurrence i USA, hvor "
 "rivalen Eli Lilly vinder markedsandele med sin slankepille. Topchef Mike "
 "Doustdar siger, at Novo vil skære yderligere i omkostningerne. "
 "Bestyrelsesformand Lars Rebien Sørensen fik i november fuld opbakning fra Novo "
 "Holdings, der ejer aktiemajoriteten. Aktien faldt over 6 procent på Nasdaq "
 "Copenhagen.",
 [("O", "Ritzau"), ("O", "Novo Nordisk"), ("O", "Eli Lilly"), ("O", "Novo"),
  ("O", "Novo Holdings"), ("O", "Nasdaq Copenhagen"),
  ("P", "Mike Doustdar"), ("P", "Lars Rebien Sørensen")]),

("da-2",
 "Corti henter 400 millioner kroner til kunstig intelligens i sundhedsvæsenet",
 "Det københavnske sundhedstech-selskab Corti har hentet 400 millioner kroner i en "
 "ny finansieringsrunde anført af den amerikanske fond General Catalyst. Corti "
 "udvikler kunstig intelligens, som hjælper læger og alarmcentraler med at stille "
 "diagnoser under telefonsamtaler. Medstifter og direktør Andreas Cleve siger, at "
 "pengene skal bruges til at vokse i Storbritannien og Tyskland. Blandt de "
 "nuværende investorer er også EIFO, den danske stats investeringsfond. Region "
 "Hovedstaden har brugt Cortis system på 112-alarmcentralen siden 2020.",
 [("O", "Corti"), ("O", "General Catalyst"), ("O", "EIFO"),
  ("O", "Region Hovedstaden"), ("O", "Cortis"), ("P", "Andreas Cleve")]),

("da-3",
 "Folketinget vedtager finansloven med støtte fra Radikale",
 "KØBENHAVN (Ritzau) \u2013 Et flertal i Folketinget har vedtaget finansloven for "
 "2027 efter en lang forhandlingsnat. Ud over regeringspartierne stemte Radikale "
 "Venstre for, efter at partiet fik flere penge til psykiatrien. Martin Lidegaard "
 "(R) kalder aftalen \u00bbet stort skridt for de unge, der har det svært\u00ab. "
 "Morten Messerschmidt (DF) kritiserede, at der ikke er afsat penge til lavere "
 "afgifter på fødevarer. Også Liberal Alliance og Enhedslisten stemte imod.",
 [("O", "Ritzau"), ("O", "Folketinget"), ("O", "Radikale"),
  ("O", "Radikale Venstre"), ("O", "R"), ("O", "DF"), ("O", "Liberal Alliance"),
  ("O", "Enhedslisten"),
  ("P", "Martin Lidegaard"), ("P", "Morten Messerschmidt")]),

("da-4",
 "FC Midtjylland sælger midtbanespiller til Brighton",
 "FC Midtjylland har solgt den 21-årige midtbanespiller Mikkel Sørensen til "
 "Brighton & Hove Albion for et beløb, der ifølge Jyllands-Posten er klubrekord. "
 "FCM's sportsdirektør Svend Graversen siger, at salget var \u00bbumuligt at sige "
 "nej til\u00ab. Klubbens største aktionær er Anders Holch Povlsen, der også ejer "
 "tøjkoncernen Bestseller A/S. Sørensen skifter til England den 1. januar. Han "
 "har spillet seks kampe på landsholdet.",
 [("O", "FC Midtjylland"), ("O", "Brighton"), ("O", "Brighton & Hove Albion"),
  ("O", "Jyllands-Posten"), ("O", "FCM"), ("O", "Bestseller A/S"),
  ("P", "Mikkel Sørensen"), ("P", "Sørensen"), ("P", "Svend Graversen"),
  ("P", "Anders Holch Povlsen")]),

("da-5",
 "Ørsted sælger halvdelen af tysk havvindmøllepark til canadisk fond",
 "KØBENHAVN (Ritzau) \u2013 Ørsted A/S sælger halvdelen af den tyske "
 "havvindmøllepark Borkum Riffgrund 3 til den canadiske pensionskasse CDPQ. "
 "Salget er en del af Ørsteds plan om at rejse penge efter sidste års store "
 "kapitaludvidelse. Topchef Rasmus Errboe siger, at selskabet fortsat skal drive "
 "parken. Equinor, der ejer en mindre del af Ørsted, har ikke kommenteret handlen. "
 "Analytikere hos Danske Bank og Sydbank kalder prisen \u00bbfornuftig\u00ab.",
 [("O", "Ritzau"), ("O", "Ørsted"), ("O", "Ørsted A/S"), ("O", "CDPQ"),
  ("O", "Ørsteds"), ("O", "Equinor"), ("O", "Danske Bank"), ("O", "Sydbank"),
  ("P", "Rasmus Errboe")]),

("da-6",
 "Carlsbergfondet giver 150 millioner kroner til demensforskning",
 "Carlsbergfondet uddeler 150 millioner kroner til et nyt center for "
 "demensforskning, som skal drives af Rigshospitalet og Aarhus Universitet i "
 "fællesskab. Centret ledes af professor Mette Kjærgaard Lund, der kommer fra "
 "Karolinska Institutet i Stockholm. Fonden er hovedaktionær i bryggeriet "
 "Carlsberg A/S og ejer også Ny Carlsberg Glyptotek, der blev grundlagt af brygger "
 "Carl Jacobsen. Ifølge Berlingske er det den største enkeltbevilling til "
 "demensforskning i Danmark.",
 [("O", "Carlsbergfondet"), ("O", "Rigshospitalet"), ("O", "Aarhus Universitet"),
  ("O", "Karolinska Institutet"), ("O", "Carlsberg A/S"),
  ("O", "Ny Carlsberg Glyptotek"), ("O", "Berlingske"),
  ("P", "Mette Kjærgaard Lund"), ("P", "Carl Jacobsen")]),

# ---------------------------------------------------------------- Czech
("cs-1",
 "ČNB ponechala úrokové sazby beze změny",
 "PRAHA (ČTK) \u2013 Bankovní rada České národní banky ponechala základní "
 "úrokovou sazbu na 3,5 procenta. Guvernér Aleš Michl po jednání uvedl, že "
 "inflace se drží blízko dvouprocentního cíle, ale rychle rostou mzdy a ceny "
 "služeb. Rozhodnutí očekávala většina analytiků. Podle ekonomů Komerční banky a "
 "ČSOB by ČNB mohla sazby snížit nejdříve na jaře. Svaz průmyslu a dopravy ČR "
 "naopak vyzval centrální banku k rychlejšímu snižování.",
 [("O", "ČTK"), ("O", "ČNB"), ("O", "České národní banky"),
  ("O", "Komerční banky"), ("O", "ČSOB"), ("O", "Svaz průmyslu a dopravy ČR"),
  ("P", "Aleš Michl")]),

("cs-2",
 "Rohlik Group získal nový kapitál a míří na burzu",
 "Online supermarket Rohlik Group získal od investorů v čele s Evropskou "
 "investiční bankou další kapitál na expanzi do Německa a Itálie. Zakladatel a "
 "šéf firmy Tomáš Čupr uvedl, že skupina chce do dvou let vstoupit na burzu, "
 "nejspíš v Amsterdamu nebo v Londýně. Rohlik loni poprvé vykázal provozní zisk. "
 "Firma také spustila robotický sklad, který vyvinula pražská firma Brightline "
 "Robotics s.r.o. Podle Hospodářských novin chce Rohlik získat i další investory "
 "z Blízkého východu.",
 [("O", "Rohlik Group"), ("O", "Evropskou investiční bankou"), ("O", "Rohlik"),
  ("O", "Brightline Robotics s.r.o."), ("O", "Hospodářských novin"),
  ("P", "Tomáš Čupr")]),

("cs-3",
 "Sněmovna schválila rozpočet na rok 2027, opozice kritizuje schodek",
 "PRAHA (ČTK) \u2013 Poslanecká sněmovna ve středu schválila státní rozpočet na "
 "příští rok se schodkem 290 miliard korun. Pro hlasovali poslanci ANO, SPD a "
 "Motoristů sobě, proti byli poslanci ODS, STAN, KDU-ČSL a Pirátů. Premiér Andrej "
 "Babiš (ANO) označil rozpočet za \u201eprorůstový\u201c. Bývalý ministr financí "
 "Zbyněk Stanjura (ODS) naopak varoval, že vláda \u201ezadlužuje příští "
 "generace\u201c. Rozpočet nyní posoudí Senát.",
 [("O", "ČTK"), ("O", "Sněmovna"), ("O", "Poslanecká sněmovna"), ("O", "ANO"),
  ("O", "SPD"), ("O", "Motoristů sobě"), ("O", "ODS"), ("O", "STAN"),
  ("O", "KDU-ČSL"), ("O", "Pirátů"), ("O", "Senát"),
  ("P", "Andrej Babiš"), ("P", "Zbyněk Stanjura")]),

("cs-4",
 "Sparta porazila Slavii v derby a vede tabulku",
 "Fotbalisté Sparty Praha porazili v nedělním derby Slavii 2:1 a vedou tabulku o "
 "dva body. Vítězný gól vstřelil v 88. minutě záložník Lukáš Haraslín. Trenér "
 "Sparty Brian Priske po zápase ocenil \u201eobrovskou vůli celého týmu\u201c. "
 "Jeho protějšek Jindřich Trpišovský si stěžoval na výkon rozhodčích a Slavia "
 "podá stížnost u Fotbalové asociace České republiky. Oba kluby čekají v únoru "
 "evropské poháry.",
 [("O", "Sparta"), ("O", "Slavii"), ("O", "Sparty Praha"), ("O", "Sparty"),
  ("O", "Slavia"), ("O", "Fotbalové asociace České republiky"),
  ("P", "Lukáš Haraslín"), ("P", "Brian Priske"), ("P", "Jindřich Trpišovský")]),

("cs-5",
 "ČEZ chce s korejskou KHNP stavět i v Temelíně",
 "PRAHA (ČTK) \u2013 Energetická skupina ČEZ a korejská společnost KHNP se "
 "dohodly na přípravě dvou nových bloků jaderné elektrárny Temelín. Generální "
 "ředitel ČEZ Daniel Beneš uvedl, že smlouva by mohla být podepsána do konce "
 "příštího roku. Korejci už pro dceřinou firmu Elektrárna Dukovany II, a.s. staví "
 "dva bloky v Dukovanech. Povolení k umístění musí vydat Státní úřad pro jadernou "
 "bezpečnost. Ekologické sdružení Hnutí Duha plán kritizuje jako "
 "\u201epředražený a zbytečný\u201c.",
 [("O", "ČTK"), ("O", "ČEZ"), ("O", "KHNP"), ("O", "Elektrárna Dukovany II, a.s."),
  ("O", "Státní úřad pro jadernou bezpečnost"), ("O", "Hnutí Duha"),
  ("P", "Daniel Beneš")]),

("cs-6",
 "Firma Baťa se vrací do Zlína s novým výzkumným centrem",
 "Obuvnická firma Baťa otevře ve Zlíně výzkumné centrum, ve kterém bude pracovat "
 "sto lidí. Společnost, kterou v roce 1894 založil Tomáš Baťa, dnes sídlí ve "
 "švýcarském Lausanne. Centrum bude spolupracovat s Univerzitou Tomáše Bati ve "
 "Zlíně na vývoji recyklovatelné obuvi. Podle mluvčí firmy Petry Novákové chce "
 "Baťa do pěti let vyrábět polovinu bot z recyklovaných materiálů. Investici "
 "podpořila i vládní agentura CzechInvest.",
 [("O", "Baťa"), ("O", "Univerzitou Tomáše Bati ve Zlíně"), ("O", "CzechInvest"),
  ("P", "Tomáš Baťa"), ("P", "Petry Novákové")]),
]

LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "da", "cs"]


def is_word(c):
    return c.isalnum()


def whole_word_occurrences(text, s):
    """Start offsets of s in text where the characters just outside are not
    letters or digits."""
    out = []
    i = text.find(s)
    while i != -1:
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(s)] if i + len(s) < len(text) else " "
        if not is_word(before) and not is_word(after):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def annotate(pid, text, ents):
    taken = [None] * len(text)  # index of span covering each char
    spans = []

    def place(t, start, s):
        end = start + len(s)
        cover = taken[start:end]
        if all(c is None for c in cover):
            spans.append({"type": TYPES[t], "start": start, "end": end, "text": s})
            for k in range(start, end):
                taken[k] = len(spans) - 1
            return "new"
        first = cover[0]
        if first is not None and all(c == first for c in cover):
            return "inside"
        raise SystemExit(f"{pid}: {s!r} at {start} partly overlaps a marked span")

    tied = [e for e in ents if len(e) == 3]
    plain = [e for e in ents if len(e) == 2]
    for t, s, ctx in tied:
        n = 0
        for c in whole_word_occurrences(text, ctx):
            off = ctx.find(s)
            if off < 0:
                raise SystemExit(f"{pid}: context {ctx!r} lacks {s!r}")
            if place(t, c + off, s) == "new":
                n += 1
        if n == 0:
            raise SystemExit(f"{pid}: tied name {s!r} ({ctx!r}) not found")
    for t, s in sorted(plain, key=lambda e: -len(e[1])):
        occ = whole_word_occurrences(text, s)
        n = sum(1 for i in occ if place(t, i, s) == "new")
        if n == 0:
            raise SystemExit(f"{pid}: listed name {s!r} marks nothing")
    spans.sort(key=lambda e: e["start"])
    return spans


def build():
    rows = []
    seen = set()
    for pid, head, body, ents in PARAS:
        assert pid not in seen, pid
        seen.add(pid)
        lang = pid.split("-")[0]
        text = head + "\n" + body
        rows.append({"id": pid, "lang": lang, "text": text,
                     "entities": annotate(pid, text, ents)})
    return rows


def counts(rows):
    table = {}
    for r in rows:
        c = table.setdefault(r["lang"], {"n": 0, "PERSON": 0, "ORGANIZATION": 0,
                                         "dPERSON": 0, "dORGANIZATION": 0})
        c["n"] += 1
        for e in r["entities"]:
            c[e["type"]] += 1
        for t in ("PERSON", "ORGANIZATION"):
            c["d" + t] += len({e["text"] for e in r["entities"] if e["type"] == t})
    return table


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    table = counts(rows)
    print("| lang | paragraphs | PERSON | ORGANIZATION |")
    print("|---|---:|---:|---:|")
    tot = {"n": 0, "PERSON": 0, "ORGANIZATION": 0, "dPERSON": 0, "dORGANIZATION": 0}
    for lang in LANGS:
        c = table[lang]
        print(f"| {lang} | {c['n']} | {c['PERSON']} | {c['ORGANIZATION']} |")
        for k in tot:
            tot[k] += c[k]
    print(f"| **total** | **{tot['n']}** | **{tot['PERSON']}** | "
          f"**{tot['ORGANIZATION']}** |")
    print(f"distinct names per paragraph: {tot['dPERSON']} persons, "
          f"{tot['dORGANIZATION']} organizations", file=sys.stderr)


if __name__ == "__main__":
    main()
