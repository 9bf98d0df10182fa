#!/usr/bin/env python3
"""Generate gold.jsonl for news4 from hand-written (type, surface) lists.

Every paragraph lists the names it contains as (type, surface) pairs, or as
(type, surface, context) when one string must be tied to one occurrence.
make.py marks every whole-word occurrence of every surface, longest surface
first. The characters just outside a span must not be letters or digits. An
occurrence inside an already marked, longer span is skipped (names inside
names are not marked); a partial overlap is an error.

Inflected forms are listed as written ("Olli Rehnin", "Magyar Telekomra",
"Podravki"). Endings after an apostrophe, colon or hyphen are not listed and
stay outside the span ("Erdoğan'ın" -> Erdoğan, "SDP:n" -> SDP, "HNB-a" -> HNB).

Run: python3 make.py   (writes gold.jsonl next to this file, prints counts)
"""
import json
import os
import sys

P, O = "PERSON", "ORGANIZATION"
LANGS = ["tr", "ro", "hu", "id", "fi", "hr"]

PARAS = [
    # ------------------------------------------------------------------ tr
    dict(id="tr-1", head="Merkez Bankası politika faizini 150 baz puan indirdi",
         body="ANKARA (AA) - Türkiye Cumhuriyet Merkez Bankası (TCMB), politika faizini yüzde 38'den yüzde 36,5'e düşürdü. Karar, ekonomistlerin büyük bölümünün beklentisiyle uyumlu oldu. TCMB Başkanı Fatih Karahan, enflasyondaki düşüşün kalıcı hale gelmesi için sıkı para politikası duruşunun korunacağını söyledi. Hazine ve Maliye Bakanı Mehmet Şimşek ise kararın ardından yaptığı açıklamada dezenflasyon programının hedeflerine ulaştığını belirtti. Açıklamanın ardından Borsa İstanbul'da bankacılık endeksi yüzde 3 yükseldi. Bloomberg HT'ye konuşan analistler, TCMB'nin yılın ilk toplantısında da indirime devam edebileceğini öne sürdü.",
         ents=[(O, "Merkez Bankası"), (O, "AA"), (O, "Türkiye Cumhuriyet Merkez Bankası"),
               (O, "TCMB"), (P, "Fatih Karahan"), (P, "Mehmet Şimşek"),
               (O, "Borsa İstanbul"), (O, "Bloomberg HT")]),
    dict(id="tr-2", head="Galatasaray derbide Fenerbahçe'yi 2-1 yendi",
         body="Galatasaray, RAMS Park'ta oynanan derbide Fenerbahçe'yi 2-1 mağlup ederek liderliğini sürdürdü. Sarı-kırmızılıların gollerini Victor Osimhen ve Barış Alper Yılmaz kaydetti. Fenerbahçe'nin tek golü ise Kerem Aktürkoğlu'ndan geldi. Maçın ardından konuşan teknik direktör Okan Buruk, oyuncularının büyük bir karakter gösterdiğini söyledi. Fenerbahçe Başkanı Sadettin Saran ise hakem kararlarına tepki göstererek Türkiye Futbol Federasyonu'na (TFF) resmi şikâyette bulunacaklarını açıkladı. TFF'den konuya ilişkin henüz bir açıklama yapılmadı. Galatasaray, ligdeki bir sonraki maçında deplasmanda Beşiktaş ile karşılaşacak.",
         ents=[(O, "Galatasaray"), (O, "Fenerbahçe"), (P, "Victor Osimhen"),
               (P, "Barış Alper Yılmaz"), (P, "Kerem Aktürkoğlu"), (P, "Okan Buruk"),
               (P, "Sadettin Saran"), (O, "Türkiye Futbol Federasyonu"), (O, "TFF"),
               (O, "Beşiktaş")]),
    dict(id="tr-3", head="Turkcell'in üçüncü çeyrek kârı yüzde 40 arttı",
         body="İSTANBUL (AA) - Turkcell, üçüncü çeyrekte 8,2 milyar lira net kâr açıkladı ve yıl sonu gelir beklentisini yukarı yönlü revize etti. Şirketin Genel Müdürü Ali Taha Koç, veri merkezi ve bulut hizmetlerindeki büyümenin sonuçlara belirgin katkı yaptığını söyledi. Koç, 5G ihalesinde alınan frekanslar için önümüzdeki yıl yatırımların hızlanacağını belirtti. Bilgi Teknolojileri ve İletişim Kurumu (BTK) verilerine göre Turkcell, mobil abone sayısında pazar liderliğini korudu. Rakip Türk Telekom'un sonuçlarını gelecek hafta açıklaması bekleniyor. Turkcell hisseleri Borsa İstanbul'da günü yüzde 4,1 primle tamamladı.",
         ents=[(O, "Turkcell"), (O, "AA"), (P, "Ali Taha Koç"), (P, "Koç"),
               (O, "Bilgi Teknolojileri ve İletişim Kurumu"), (O, "BTK"),
               (O, "Türk Telekom"), (O, "Borsa İstanbul")]),
    dict(id="tr-4", head="Rekabet Kurulu'ndan Google'a 2,6 milyar liralık ceza",
         body="Rekabet Kurulu, Google'ın Türkiye'deki çevrim içi reklam teknolojileri pazarında hakim durumunu kötüye kullandığına hükmederek şirkete 2,6 milyar lira idari para cezası verdi. Soruşturma, Türkiye Gazeteciler Cemiyeti ile bazı yerel yayıncıların şikâyeti üzerine başlatılmıştı. Rekabet Kurumu Başkanı Birol Küle, kararın dijital pazarlarda adil rekabet açısından emsal niteliği taşıdığını söyledi. Google Türkiye'den yapılan yazılı açıklamada ise karara Ankara İdare Mahkemesi'nde itiraz edileceği bildirildi. Şirket, 2021 yılında da benzer bir soruşturma sonucunda ceza almıştı.",
         ents=[(O, "Rekabet Kurulu"), (O, "Google"), (O, "Türkiye Gazeteciler Cemiyeti"),
               (O, "Rekabet Kurumu"), (P, "Birol Küle"), (O, "Google Türkiye"),
               (O, "Ankara İdare Mahkemesi")]),
    dict(id="tr-5", head="BOTAŞ ile ExxonMobil arasında LNG anlaşması imzalandı",
         body="ANKARA (AA) - Boru Hatları ile Petrol Taşıma AŞ (BOTAŞ), ABD'li enerji şirketi ExxonMobil ile on yıl süreli sıvılaştırılmış doğal gaz (LNG) tedarik anlaşması imzaladı. İmza törenine Enerji ve Tabii Kaynaklar Bakanı Alparslan Bayraktar da katıldı. Bayraktar, anlaşmanın Türkiye'nin arz güvenliğini güçlendireceğini ve İstanbul'un bölgesel bir gaz ticaret merkezine dönüşmesine katkı sağlayacağını söyledi. BOTAŞ Genel Müdürü Abdulvahap Fidan ise ilk kargonun 2027 başında teslim edilmesinin beklendiğini belirtti. Enerji Piyasası Düzenleme Kurumu (EPDK) da anlaşmanın ardından yeni tarife düzenlemesi üzerinde çalıştığını duyurdu.",
         ents=[(O, "BOTAŞ"), (O, "ExxonMobil"), (O, "AA"),
               (O, "Boru Hatları ile Petrol Taşıma AŞ"), (P, "Alparslan Bayraktar"),
               (P, "Bayraktar"), (P, "Abdulvahap Fidan"),
               (O, "Enerji Piyasası Düzenleme Kurumu"), (O, "EPDK")]),
    dict(id="tr-6", head="2027 bütçesi TBMM Genel Kurulu'nda kabul edildi",
         body="2027 yılı merkezi yönetim bütçe kanun teklifi, Türkiye Büyük Millet Meclisi (TBMM) Genel Kurulu'nda AK Parti ve MHP milletvekillerinin oylarıyla kabul edildi. CHP Genel Başkanı Özgür Özel, bütçenin emekliler ve asgari ücretliler için hiçbir rahatlama getirmediğini savundu. Hazine ve Maliye Bakanı Mehmet Şimşek ise kapanış konuşmasında bütçe açığının milli gelire oranının yüzde 3'ün altına ineceğini söyledi. Görüşmeler sırasında DEM Parti ve İYİ Parti sıralarından da sert eleştiriler yükseldi. Bütçe kanununun yılbaşından önce Cumhurbaşkanı Recep Tayyip Erdoğan tarafından onaylanması bekleniyor.",
         ents=[(O, "TBMM"), (O, "Türkiye Büyük Millet Meclisi"), (O, "AK Parti"),
               (O, "MHP"), (O, "CHP"), (P, "Özgür Özel"), (P, "Mehmet Şimşek"),
               (O, "DEM Parti"), (O, "İYİ Parti"), (P, "Recep Tayyip Erdoğan")]),
    # ------------------------------------------------------------------ ro
    dict(id="ro-1", head="BNR menține dobânda de politică monetară la 6,50%",
         body="București, 9 dec /Agerpres/ - Consiliul de administrație al Băncii Naționale a României (BNR) a decis marți menținerea ratei dobânzii de politică monetară la 6,50% pe an. Guvernatorul Mugur Isărescu a declarat că inflația va rămâne ridicată până în vara anului viitor, pe fondul majorării TVA și al liberalizării prețurilor la energie. Analiștii consultați de Ziarul Financiar se așteaptă ca BNR să înceapă relaxarea politicii monetare abia în a doua jumătate a anului 2027. Ministrul Finanțelor, Alexandru Nazare, a salutat decizia și a spus că Guvernul rămâne angajat în reducerea deficitului bugetar.",
         ents=[(O, "BNR"), (O, "Agerpres"), (O, "Băncii Naționale a României"),
               (P, "Mugur Isărescu"), (O, "Ziarul Financiar"), (P, "Alexandru Nazare")]),
    dict(id="ro-2", head="Parlamentul a adoptat bugetul pe 2027 după o ședință de 14 ore",
         body="Camera Deputaților și Senatul au adoptat, în ședință comună, legea bugetului de stat pe 2027, cu 248 de voturi pentru și 139 împotrivă. Premierul Ilie Bolojan a spus că bugetul prevede un deficit de 6% din PIB și investiții record din fonduri europene. Liderul AUR, George Simion, a acuzat coaliția formată din PNL, PSD, USR și UDMR că a tăiat din nou din veniturile pensionarilor. Președintele PSD, Sorin Grindeanu, a declarat că social-democrații au obținut majorarea alocațiilor pentru copii. Legea a fost trimisă spre promulgare președintelui Nicușor Dan.",
         ents=[(O, "Parlamentul"), (O, "Camera Deputaților"), (O, "Senatul"),
               (P, "Ilie Bolojan"), (O, "AUR"), (P, "George Simion"), (O, "PNL"),
               (O, "PSD"), (O, "USR"), (O, "UDMR"), (P, "Sorin Grindeanu"),
               (P, "Nicușor Dan")]),
    dict(id="ro-3", head="Banca Transilvania raportează un profit net de 3,9 miliarde de lei",
         body="Cluj-Napoca, 5 nov /Agerpres/ - Banca Transilvania a încheiat primele nouă luni ale anului cu un profit net de 3,9 miliarde de lei, în creștere cu 12% față de aceeași perioadă a anului trecut. Directorul general Ömer Tetik a explicat că rezultatul a fost susținut de creditarea companiilor și de integrarea OTP Bank România, preluată anul trecut. Președintele Consiliului de Administrație, Horia Ciorcilă, a anunțat că banca va propune acționarilor un nou program de răscumpărare a acțiunilor. Titlurile băncii au urcat cu 2,3% la Bursa de Valori București. Potrivit analiștilor BRD Groupe Société Générale, sectorul bancar rămâne însă expus noilor taxe introduse de Guvern.",
         ents=[(O, "Banca Transilvania"), (O, "Agerpres"), (P, "Ömer Tetik"),
               (O, "OTP Bank România"), (P, "Horia Ciorcilă"),
               (O, "Bursa de Valori București"), (O, "BRD Groupe Société Générale")]),
    dict(id="ro-4", head="Consiliul Concurenței amendează trei distribuitori de carburanți",
         body="Consiliul Concurenței a aplicat amenzi totale de 412 milioane de lei companiilor OMV Petrom, Rompetrol Downstream și MOL România pentru coordonarea prețurilor la pompă. Președintele autorității, Bogdan Chirițoiu, a declarat că ancheta a pornit de la o sesizare a Autorității Naționale pentru Protecția Consumatorilor. OMV Petrom a anunțat că va contesta decizia la Curtea de Apel București. Reprezentanții Rompetrol Downstream au transmis că firma a respectat întotdeauna legislația concurenței, iar MOL România nu a comentat. Hotărârea instanței poate fi atacată ulterior la Înalta Curte de Casație și Justiție.",
         ents=[(O, "Consiliul Concurenței"), (O, "OMV Petrom"), (O, "Rompetrol Downstream"),
               (O, "MOL România"), (P, "Bogdan Chirițoiu"),
               (O, "Autorității Naționale pentru Protecția Consumatorilor"),
               (O, "Curtea de Apel București"), (O, "Înalta Curte de Casație și Justiție")]),
    dict(id="ro-5", head="FCSB, învinsă de Universitatea Craiova în derbiul etapei",
         body="București, 30 nov /Agerpres/ - Universitatea Craiova s-a impus cu 2-0 pe terenul FCSB și a urcat pe primul loc în clasament. Golurile oltenilor au fost marcate de Alexandru Mitriță și Ștefan Baiaram în repriza a doua. Finanțatorul FCSB, Gigi Becali, a criticat dur jucătorii la un post de televiziune și a spus că antrenorul Elias Charalambous nu este vinovat. Tehnicianul Craiovei, Mirel Rădoi, a dedicat victoria suporterilor veniți din Oltenia. Comisia de disciplină a Federației Române de Fotbal (FRF) va analiza incidentele din tribune.",
         ents=[(O, "FCSB"), (O, "Universitatea Craiova"), (O, "Agerpres"),
               (P, "Alexandru Mitriță"), (P, "Ștefan Baiaram"), (P, "Gigi Becali"),
               (P, "Elias Charalambous"), (O, "Craiovei"), (P, "Mirel Rădoi"),
               (O, "Federației Române de Fotbal"), (O, "FRF")]),
    dict(id="ro-6", head="UiPath deschide la Cluj un centru de cercetare pentru inteligență artificială",
         body="Compania UiPath, fondată de antreprenorul român Daniel Dines, va deschide la Cluj-Napoca un centru de cercetare pentru agenți de inteligență artificială, în care vor lucra 300 de ingineri. Investiția a fost anunțată împreună cu Universitatea Tehnică din Cluj-Napoca, care va oferi burse pentru studenții la master. Autoritatea pentru Digitalizarea României (ADR) a salutat proiectul. Dines a declarat pentru Ziarul Financiar că România rămâne principalul centru de dezvoltare al companiei în afara Statelor Unite. Anunțul vine după ce Bitdefender a inaugurat luna trecută un laborator similar la București.",
         ents=[(O, "UiPath"), (P, "Daniel Dines"), (P, "Dines"),
               (O, "Universitatea Tehnică din Cluj-Napoca"),
               (O, "Autoritatea pentru Digitalizarea României"), (O, "ADR"),
               (O, "Ziarul Financiar"), (O, "Bitdefender")]),
    # ------------------------------------------------------------------ hu
    dict(id="hu-1", head="Változatlanul hagyta az alapkamatot a Magyar Nemzeti Bank",
         body="BUDAPEST (MTI) – A Magyar Nemzeti Bank (MNB) kedden 6,5 százalékon tartotta az alapkamatot, ahogy azt az elemzők többsége várta. Varga Mihály jegybankelnök a döntést követő sajtótájékoztatón azt mondta, hogy az inflációs kilátások javultak, de a forint árfolyamának stabilitása továbbra is elsődleges szempont. Kurali Zoltán alelnök szerint a kamatcsökkentési ciklus legkorábban a jövő év második negyedévében indulhat. A Portfolio által megkérdezett elemzők szerint az MNB óvatossága indokolt, mivel a költségvetési hiány továbbra is magas. A döntés után a forint enyhén erősödött az euróval szemben.",
         ents=[(O, "Magyar Nemzeti Bank"), (O, "MTI"), (O, "MNB"), (P, "Varga Mihály"),
               (P, "Kurali Zoltán"), (O, "Portfolio")]),
    dict(id="hu-2", head="Elfogadta a főváros jövő évi költségvetését a Fővárosi Közgyűlés",
         body="A Fővárosi Közgyűlés szerdán 17 igen és 13 nem szavazattal fogadta el Budapest 2027-es költségvetését. Karácsony Gergely főpolgármester szerint a büdzsé biztosítja a Budapesti Közlekedési Központ (BKK) működését és a villamosvonalak felújításának folytatását. A Fidesz-KDNP frakcióvezetője, Szentkirályi Alexandra azt mondta, hogy a város ismét hitelből finanszírozza a működését. A Tisza Párt képviselőinek egy része tartózkodott a szavazáson. A szolidaritási hozzájárulás ügyében a Kúria döntését is várják, amelyről a Telex számolt be először.",
         ents=[(O, "Fővárosi Közgyűlés"), (P, "Karácsony Gergely"),
               (O, "Budapesti Közlekedési Központ"), (O, "BKK"), (O, "Fidesz-KDNP"),
               (P, "Szentkirályi Alexandra"), (O, "Tisza Párt"), (O, "Kúria"),
               (O, "Telex")]),
    dict(id="hu-3", head="Rekordnyereséget ért el a harmadik negyedévben az OTP Bank",
         body="BUDAPEST (MTI) – Az OTP Bank adózott eredménye 312 milliárd forint volt a harmadik negyedévben, ami 14 százalékos növekedés az egy évvel korábbihoz képest. A bankcsoport közleménye szerint a külföldi leánybankok, különösen a bolgár DSK Bank és az üzbég Ipoteka Bank teljesítettek jól. Csányi Sándor elnök-vezérigazgató a Budapesti Értéktőzsde honlapján közzétett jelentéshez fűzött kommentárjában újabb akvizíciókat is kilátásba helyezett. Az OTP-részvények árfolyama 3,2 százalékkal emelkedett a hír hatására. Bencsik László vezérigazgató-helyettes szerint a magyar különadók továbbra is jelentős terhet rónak az OTP-re.",
         ents=[(O, "OTP Bank"), (O, "MTI"), (O, "DSK Bank"), (O, "Ipoteka Bank"),
               (P, "Csányi Sándor"), (O, "Budapesti Értéktőzsde"), (O, "OTP"),
               (P, "Bencsik László")]),
    dict(id="hu-4", head="Több mint kétmilliárd forintos bírságot szabott ki a GVH a Magyar Telekomra",
         body="A Gazdasági Versenyhivatal (GVH) 2,1 milliárd forint bírságot szabott ki a Magyar Telekomra, mert a hatóság szerint a cég megtévesztő módon hirdette mobilinternet-csomagjait. A vizsgálat a Fogyasztóvédelmi Egyesületek Országos Szövetségének bejelentése nyomán indult. Rigó Csaba Balázs, a GVH elnöke közölte, hogy a digitális szolgáltatások piacán kiemelten figyelik a fogyasztók tájékoztatását. A Magyar Telekom közleményében azt írta, hogy nem ért egyet a döntéssel, és a Fővárosi Törvényszékhez fordul. A szolgáltató szerint a One Magyarország és a Yettel ugyanígy hirdeti a csomagjait.",
         ents=[(O, "GVH"), (O, "Magyar Telekomra"), (O, "Gazdasági Versenyhivatal"),
               (O, "Fogyasztóvédelmi Egyesületek Országos Szövetségének"),
               (P, "Rigó Csaba Balázs"), (O, "Magyar Telekom"),
               (O, "Fővárosi Törvényszékhez"), (O, "One Magyarország"), (O, "Yettel")]),
    dict(id="hu-5", head="A Ferencváros legyőzte a Puskás Akadémiát a rangadón",
         body="BUDAPEST (MTI) – A Ferencváros 3–1-re nyert a Puskás Akadémia ellen a Groupama Arénában, így öt pontra növelte előnyét a tabella élén. A zöld-fehérek góljait Kristoffer Zachariassen kétszer, valamint Gruber Zsombor szerezte. Robbie Keane vezetőedző a mérkőzés után elmondta, hogy csapata a második félidőben sokkal bátrabban futballozott. A felcsútiak vezetőedzője, Hornyák Zsolt szerint a játékvezető egy jogos tizenegyest is elvett tőlük. A Magyar Labdarúgó Szövetség fegyelmi bizottsága a lelátói rendbontás miatt eljárást indított a Fradi ellen.",
         ents=[(O, "Ferencváros"), (O, "Puskás Akadémiát"), (O, "MTI"),
               (O, "Puskás Akadémia"), (P, "Kristoffer Zachariassen"),
               (P, "Gruber Zsombor"), (P, "Robbie Keane"), (P, "Hornyák Zsolt"),
               (O, "Magyar Labdarúgó Szövetség"), (O, "Fradi")]),
    dict(id="hu-6", head="Krasznahorkai László új regénye jelenik meg a Magvetőnél",
         body="Tavasszal jelenik meg a Nobel-díjas Krasznahorkai László új regénye a Magvető Kiadó gondozásában. A kiadó igazgatója, Dávid Anna a Népszavának elmondta, hogy a könyv fordítási jogait már kilenc nyelvre eladták. Krasznahorkainak a Svéd Akadémia tavaly ítélte oda az irodalmi Nobel-díjat. A regény bemutatóját a Petőfi Irodalmi Múzeumban tartják, ahol áprilisban kiállítás nyílik az író kézirataiból. A Müpa a szerző szövegeire épülő zenés estet is műsorra tűz Tarr Béla közreműködésével.",
         ents=[(P, "Krasznahorkai László"), (O, "Magvetőnél"), (O, "Magvető Kiadó"),
               (P, "Dávid Anna"), (O, "Népszavának"), (P, "Krasznahorkainak"),
               (O, "Svéd Akadémia"), (O, "Petőfi Irodalmi Múzeumban"), (O, "Müpa"),
               (P, "Tarr Béla")]),
    # ------------------------------------------------------------------ id
    dict(id="id-1", head="Bank Indonesia pertahankan suku bunga acuan di 4,75 persen",
         body="Jakarta (ANTARA) - Bank Indonesia (BI) memutuskan mempertahankan suku bunga acuan di level 4,75 persen dalam rapat bulanan yang berakhir Rabu. Gubernur BI Perry Warjiyo mengatakan keputusan itu sejalan dengan upaya menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian global. Menurut Perry, ruang penurunan suku bunga masih terbuka pada semester pertama tahun depan. Menteri Keuangan Purbaya Yudhi Sadewa menyambut baik keputusan tersebut dan menyebut koordinasi fiskal dan moneter berjalan erat. Ekonom Bank Central Asia (BCA) David Sumual memperkirakan inflasi tetap terkendali hingga akhir tahun.",
         ents=[(O, "Bank Indonesia"), (O, "ANTARA"), (O, "BI"), (P, "Perry Warjiyo"),
               (P, "Perry"), (P, "Purbaya Yudhi Sadewa"), (O, "Bank Central Asia"),
               (O, "BCA"), (P, "David Sumual")]),
    dict(id="id-2", head="DPR sahkan RUU APBN 2027 menjadi undang-undang",
         body="Dewan Perwakilan Rakyat (DPR) mengesahkan Rancangan Undang-Undang Anggaran Pendapatan dan Belanja Negara (RUU APBN) 2027 dalam rapat paripurna, Selasa. Ketua DPR Puan Maharani mengatakan anggaran tersebut memprioritaskan program Makan Bergizi Gratis, ketahanan pangan, dan pertahanan. Rapat dipimpin oleh Wakil Ketua DPR dari Partai Gerindra, Sufmi Dasco Ahmad. Seluruh fraksi, termasuk PDI Perjuangan, menyetujui pengesahan meski dengan sejumlah catatan. Menteri Keuangan Purbaya Yudhi Sadewa menyebut defisit ditetapkan 2,7 persen dari produk domestik bruto. Badan Gizi Nasional menerima tambahan anggaran terbesar dibandingkan kementerian dan lembaga lain.",
         ents=[(O, "DPR"), (O, "Dewan Perwakilan Rakyat"), (P, "Puan Maharani"),
               (O, "Partai Gerindra"), (P, "Sufmi Dasco Ahmad"), (O, "PDI Perjuangan"),
               (P, "Purbaya Yudhi Sadewa"), (O, "Badan Gizi Nasional")]),
    dict(id="id-3", head="Laba BRI turun 5 persen pada kuartal ketiga",
         body="Jakarta (ANTARA) - PT Bank Rakyat Indonesia (Persero) Tbk (BRI) membukukan laba bersih Rp41,2 triliun hingga kuartal ketiga, turun 5 persen dibandingkan periode yang sama tahun lalu. Direktur Utama BRI Hery Gunardi menjelaskan penurunan itu terutama disebabkan kenaikan pencadangan untuk kredit usaha mikro. Meski demikian, saham BRI menguat 1,8 persen di Bursa Efek Indonesia setelah pengumuman tersebut. Analis Mirae Asset Sekuritas Indonesia menilai kualitas aset BRI mulai membaik. Sebagai badan usaha milik negara, BRI kini berada di bawah pengelolaan Danantara.",
         ents=[(O, "BRI"), (O, "ANTARA"), (O, "PT Bank Rakyat Indonesia (Persero) Tbk"),
               (P, "Hery Gunardi"), (O, "Bursa Efek Indonesia"),
               (O, "Mirae Asset Sekuritas Indonesia"), (O, "Danantara")]),
    dict(id="id-4", head="GoTo dan Grab umumkan rencana merger",
         body="PT GoTo Gojek Tokopedia Tbk dan Grab Holdings mengumumkan rencana penggabungan usaha yang akan menciptakan perusahaan transportasi daring terbesar di Asia Tenggara. Direktur Utama GoTo Patrick Walujo mengatakan Danantara akan memegang saham khusus yang memberi hak veto atas keputusan strategis. CEO Grab Anthony Tan menyebut Indonesia sebagai pasar terpenting bagi perusahaan gabungan. Komisi Pengawas Persaingan Usaha (KPPU) menyatakan akan meneliti dampak transaksi terhadap pengemudi dan konsumen. Ketua KPPU M. Fanshurullah Asa menegaskan lembaganya tidak akan ragu membatalkan merger jika ditemukan praktik monopoli. Saham GoTo melonjak 9 persen di Bursa Efek Indonesia.",
         ents=[(O, "GoTo"), (O, "Grab"), (O, "PT GoTo Gojek Tokopedia Tbk"),
               (O, "Grab Holdings"), (P, "Patrick Walujo"), (O, "Danantara"),
               (P, "Anthony Tan"), (O, "Komisi Pengawas Persaingan Usaha"), (O, "KPPU"),
               (P, "M. Fanshurullah Asa"), (O, "Bursa Efek Indonesia")]),
    dict(id="id-5", head="Persib kalahkan Persija dalam laga klasik di Bandung",
         body="Bandung (ANTARA) - Persib Bandung menundukkan Persija Jakarta 2-1 dalam laga pekan ke-14 di Stadion Gelora Bandung Lautan Api, Minggu malam. Dua gol tuan rumah dicetak oleh Andrew Jung dan Beckham Putra, sedangkan gol balasan Persija dicetak Rizky Ridho. Pelatih Persib Bojan Hodak memuji disiplin para pemainnya dalam bertahan. Pelatih Persija Mauricio Souza mengakui timnya kehilangan konsentrasi di babak kedua. Komisi Disiplin PSSI akan memeriksa laporan tentang penyalaan suar di tribune penonton.",
         ents=[(O, "Persib"), (O, "Persija"), (O, "ANTARA"), (O, "Persib Bandung"),
               (O, "Persija Jakarta"), (P, "Andrew Jung"), (P, "Beckham Putra"),
               (P, "Rizky Ridho"), (P, "Bojan Hodak"), (P, "Mauricio Souza"),
               (O, "PSSI")]),
    dict(id="id-6", head="Pertamina dan PLN teken kerja sama pasokan gas untuk pembangkit",
         body="PT Pertamina (Persero) dan PT PLN (Persero) menandatangani perjanjian pasokan gas alam cair untuk 14 pembangkit listrik di Jawa dan Sumatra selama sepuluh tahun. Penandatanganan disaksikan oleh Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia di Jakarta. Direktur Utama Pertamina Simon Aloysius Mantiri mengatakan pasokan akan berasal dari Lapangan Tangguh yang dioperasikan BP. Direktur Utama PLN Darmawan Prasodjo menyebut kontrak ini akan menekan biaya pokok produksi listrik. Bahlil menambahkan, Kementerian ESDM juga tengah menyiapkan aturan baru tentang harga gas untuk industri.",
         ents=[(O, "Pertamina"), (O, "PLN"), (O, "PT Pertamina (Persero)"),
               (O, "PT PLN (Persero)"), (P, "Bahlil Lahadalia"),
               (P, "Simon Aloysius Mantiri"), (O, "BP"), (P, "Darmawan Prasodjo"),
               (P, "Bahlil"), (O, "Kementerian ESDM")]),
    # ------------------------------------------------------------------ fi
    dict(id="fi-1", head="Suomen Pankki leikkasi talouskasvuennustettaan",
         body="HELSINKI (STT) – Suomen Pankki arvioi Suomen talouden kasvavan ensi vuonna vain 0,8 prosenttia, kun se kesäkuussa ennusti vielä 1,3 prosentin kasvua. Pääjohtaja Olli Rehnin mukaan heikko rakentaminen ja kotitalouksien varovaisuus jarruttavat elpymistä. Rehn muistutti, että Euroopan keskuspankin (EKP) koronlaskut ovat jo keventäneet asuntovelallisten taakkaa. Suomen Pankin mukaan työttömyys alkaa hellittää vasta vuoden 2027 jälkipuoliskolla. Valtiovarainministeri Riikka Purra sanoi Helsingin Sanomille, että hallitus pitää kiinni sopeutustoimista. SDP:n puheenjohtaja Antti Lindtman vaati puolestaan elvytystä työllisyyden tueksi.",
         ents=[(O, "Suomen Pankki"), (O, "STT"), (P, "Olli Rehnin"), (P, "Rehn"),
               (O, "Euroopan keskuspankin"), (O, "EKP"), (O, "Suomen Pankin"),
               (P, "Riikka Purra"), (O, "Helsingin Sanomille"), (O, "SDP"),
               (P, "Antti Lindtman")]),
    dict(id="fi-2", head="Eduskunta hyväksyi ensi vuoden talousarvion äänin 102–79",
         body="Eduskunta hyväksyi perjantaina valtion ensi vuoden talousarvion, jonka menot ovat noin 90 miljardia euroa. Pääministeri Petteri Orpo (kok.) sanoi täysistunnossa, että hallitus on saanut velkaantumisen taittumaan. Oppositiota johtava SDP esitti sosiaaliturvaleikkausten perumista, mutta esitys kaatui äänestyksessä. Vasemmistoliiton puheenjohtaja Minja Koskela arvosteli erityisesti opintotuen heikennyksiä. Perussuomalaisten eduskuntaryhmän puheenjohtaja Jani Mäkelä puolusti maahanmuuton kustannusten karsimista. Valtiovarainministeriö julkaisee päivitetyn julkisen talouden suunnitelman huhtikuussa.",
         ents=[(O, "Eduskunta"), (P, "Petteri Orpo"), (O, "kok."), (O, "SDP"),
               (O, "Vasemmistoliiton"), (P, "Minja Koskela"), (O, "Perussuomalaisten"),
               (P, "Jani Mäkelä"), (O, "Valtiovarainministeriö")]),
    dict(id="fi-3", head="Nokian liikevaihto kasvoi odotettua enemmän",
         body="HELSINKI (STT) – Nokian liikevaihto kasvoi heinä–syyskuussa 9 prosenttia 5,1 miljardiin euroon, mikä ylitti analyytikoiden odotukset. Toimitusjohtaja Justin Hotard kertoi, että tekoälyn datakeskuksiin myytävät optiset verkot vetivät kasvua. Nokialle on tärkeää, että Nvidian kanssa solmittu kumppanuus alkaa näkyä tilauskirjassa, Hotard sanoi. Sijoittajat ottivat tuloksen hyvin vastaan, ja Nokian osake nousi Nasdaq Helsingissä lähes kahdeksan prosenttia. Kauppalehden haastattelema Nordean analyytikko arvioi, että mobiiliverkkojen kysyntä pysyy silti heikkona.",
         ents=[(O, "Nokian"), (O, "STT"), (P, "Justin Hotard"), (O, "Nokialle"),
               (O, "Nvidian"), (P, "Hotard"), (O, "Nasdaq Helsingissä"),
               (O, "Kauppalehden"), (O, "Nordean")]),
    dict(id="fi-4", head="KKV esittää S-ryhmälle 12 miljoonan euron seuraamusmaksua",
         body="Kilpailu- ja kuluttajavirasto (KKV) esittää markkinaoikeudelle, että S-ryhmään kuuluvalle SOK:lle määrättäisiin 12 miljoonan euron seuraamusmaksu kilpailunrajoituksista päivittäistavarakaupassa. Viraston mukaan SOK rajoitti tavarantoimittajien mahdollisuuksia myydä tuotteitaan kilpaileville ketjuille. KKV:n pääjohtaja Kirsi Leivo sanoi, että tapaus on viraston historian suurimpia. SOK:n pääjohtaja Hannu Krook kiisti syytökset ja kertoi, että yhtiö puolustautuu markkinaoikeudessa. Kilpailijoista Kesko ei halunnut kommentoida asiaa.",
         ents=[(O, "KKV"), (O, "S-ryhmälle"), (O, "Kilpailu- ja kuluttajavirasto"),
               (O, "markkinaoikeudelle"), (O, "S-ryhmään"), (O, "SOK"),
               (P, "Kirsi Leivo"), (P, "Hannu Krook"), (O, "markkinaoikeudessa"),
               (O, "Kesko")]),
    dict(id="fi-5", head="HJK kaatoi KuPSin kärkiottelussa",
         body="HELSINKI (STT) – HJK voitti KuPSin 2–1 Bolt Arenalla ja nousi sarjataulukon kärkeen kaksi kierrosta ennen kauden päättymistä. KuPSin ainoan osuman iski Petteri Pennanen jo ensimmäisellä puoliajalla. HJK:n voittomaalin teki toisella puoliajalla Lee Erwin. HJK:n päävalmentaja Toni Koskela kehui joukkueensa taistelutahtoa ja kärsivällisyyttä. KuPSin valmentaja Jarkko Wiss harmitteli, että kuopiolaiset tuhlasivat useita hyviä maalipaikkoja. Palloliitto ilmoitti ottelun jälkeen selvittävänsä katsomossa sytytettyjä soihtuja.",
         ents=[(O, "HJK"), (O, "KuPSin"), (O, "STT"), (P, "Petteri Pennanen"),
               (P, "Lee Erwin"), (P, "Toni Koskela"), (P, "Jarkko Wiss"),
               (O, "Palloliitto")]),
    dict(id="fi-6", head="Fortum harkitsee pienydinvoimalaa Loviisaan",
         body="Energiayhtiö Fortum kertoi tiistaina selvittävänsä kahden pienydinreaktorin rakentamista Loviisan voimalaitoksen yhteyteen. Toimitusjohtaja Markus Rauramon mukaan päätös investoinnista voidaan tehdä aikaisintaan vuonna 2028. Fortum neuvottelee laitostoimittajista muun muassa Westinghousen ja GE Vernovan kanssa. Kantaverkkoyhtiö Fingrid on arvioinut, että Suomi tarvitsee lisää säätökykyistä tuotantoa tuulivoiman kasvaessa. Työ- ja elinkeinoministeriö ja Säteilyturvakeskus ovat jo käynnistäneet luvitusta koskevat keskustelut yhtiön kanssa. Greenpeace piti hanketta Ylen haastattelussa liian kalliina.",
         ents=[(O, "Fortum"), (P, "Markus Rauramon"), (O, "Westinghousen"),
               (O, "GE Vernovan"), (O, "Fingrid"), (O, "Työ- ja elinkeinoministeriö"),
               (O, "Säteilyturvakeskus"), (O, "Greenpeace"), (O, "Ylen")]),
    # ------------------------------------------------------------------ hr
    dict(id="hr-1", head="HNB: Inflacija u Hrvatskoj i dalje među najvišima u europodručju",
         body="ZAGREB (Hina) - Hrvatska narodna banka (HNB) upozorila je u novom izvješću da inflacija u Hrvatskoj ostaje znatno iznad prosjeka europodručja. Prema procjeni središnje banke, potrošačke cijene ove će godine porasti 4,1 posto. Viceguvernerka Sandra Švaljek izjavila je da je rast plaća u javnom sektoru brži od rasta produktivnosti. Ministar financija Marko Primorac odgovorio je da Vlada već priprema nove mjere za obuzdavanje cijena. Europska središnja banka, čije odluke o kamatama od uvođenja eura vrijede i za Hrvatsku, zadržala je kamatne stope nepromijenjenima.",
         ents=[(O, "HNB"), (O, "Hina"), (O, "Hrvatska narodna banka"),
               (P, "Sandra Švaljek"), (P, "Marko Primorac"),
               (O, "Europska središnja banka")]),
    dict(id="hr-2", head="Sabor izglasao državni proračun za 2027. godinu",
         body="Hrvatski sabor izglasao je u petak državni proračun za iduću godinu sa 78 glasova za i 61 protiv. Premijer Andrej Plenković rekao je da proračun donosi rekordna izdvajanja za obranu i nastavak poreznog rasterećenja. Predsjednik SDP-a Siniša Hajdaš Dončić ocijenio je da Vlada nije učinila ništa protiv rasta cijena hrane. Zastupnici Domovinskog pokreta, koalicijskog partnera HDZ-a, podržali su proračun nakon što je prihvaćen njihov amandman o povećanju plaća vojnicima. Iz stranke Možemo! najavili su da će zatražiti ocjenu ustavnosti pojedinih odredbi pred Ustavnim sudom.",
         ents=[(O, "Sabor"), (O, "Hrvatski sabor"), (P, "Andrej Plenković"), (O, "SDP"),
               (P, "Siniša Hajdaš Dončić"), (O, "Domovinskog pokreta"), (O, "HDZ"),
               (O, "Možemo!"), (O, "Ustavnim sudom")]),
    dict(id="hr-3", head="Podravki 18 posto veća dobit u prvih devet mjeseci",
         body="ZAGREB (Hina) - Prehrambena grupa Podravka ostvarila je u prvih devet mjeseci neto dobit od 61,3 milijuna eura, 18 posto više nego godinu ranije. Predsjednica Uprave Martina Dalić istaknula je da je rast potaknut izvozom na tržišta srednje i istočne Europe te integracijom slovenskog Žita. Prihodi od prodaje porasli su za 9 posto, na 680 milijuna eura. Dionica Podravke na Zagrebačkoj burzi porasla je nakon objave rezultata 2,4 posto. Analitičari Erste banke očekuju da će tvrtka do kraja godine najaviti novu akviziciju.",
         ents=[(O, "Podravki"), (O, "Hina"), (O, "Podravka"), (P, "Martina Dalić"),
               (O, "Žita"), (O, "Podravke"), (O, "Zagrebačkoj burzi"),
               (O, "Erste banke")]),
    dict(id="hr-4", head="AZTN uvjetno odobrio preuzimanje Kraša",
         body="Agencija za zaštitu tržišnog natjecanja (AZTN) uvjetno je odobrila da Atlantic Grupa preuzme većinski udio u konditorskoj tvrtki Kraš. Atlantic se obvezao da će idućih pet godina zadržati proizvodnju u Zagrebu i prodati jednu robnu marku čokoladnih napolitanki nekom od konkurenata. Predsjednik Uprave Atlantic Grupe Emil Tedeschi rekao je za Jutarnji list da je riječ o najvećoj akviziciji u povijesti tvrtke. Sindikat PPDIV, koji zastupa radnike Kraša, zatražio je jamstva da neće biti otpuštanja. Transakcija je vrijedna oko 300 milijuna eura.",
         ents=[(O, "AZTN"), (O, "Kraša"), (O, "Agencija za zaštitu tržišnog natjecanja"),
               (O, "Atlantic Grupa"), (O, "Kraš"), (O, "Atlantic"), (O, "Atlantic Grupe"),
               (P, "Emil Tedeschi"), (O, "Jutarnji list"), (O, "Sindikat PPDIV")]),
    dict(id="hr-5", head="Hajduk svladao Dinamo na Poljudu",
         body="SPLIT (Hina) - Hajduk je u 16. kolu pobijedio Dinamo 2:1 i smanjio zaostatak za vodećim Zagrepčanima na tri boda. Za Splićane su pogodili Marko Livaja i Michele Šego, a jedini pogodak za Dinamo postigao je Sandro Kulenović. Trener Hajduka Gonzalo García rekao je da je momčad odigrala najbolju utakmicu sezone. Dinamov trener Mario Kovačević požalio se na odluke suca Duje Strukana. Hrvatski nogometni savez (HNS) pokrenuo je stegovni postupak protiv obaju klubova zbog pirotehnike na tribinama.",
         ents=[(O, "Hajduk"), (O, "Dinamo"), (O, "Hina"), (P, "Marko Livaja"),
               (P, "Michele Šego"), (P, "Sandro Kulenović"), (O, "Hajduka"),
               (P, "Gonzalo García"), (O, "Dinamov"), (P, "Mario Kovačević"),
               (P, "Duje Strukana"), (O, "Hrvatski nogometni savez"), (O, "HNS")]),
    dict(id="hr-6", head="Rimac Group prikupio 200 milijuna eura od europskih ulagača",
         body="Tvrtka Rimac Group, koju vodi Mate Rimac, prikupila je 200 milijuna eura u novom krugu financiranja, a ulaganje je predvodila Europska investicijska banka. Novac će se uložiti u razvoj baterijskih sustava i proizvodnju u kampusu u Kerestincu. Mate Rimac rekao je za Večernji list da tvrtka do 2028. namjerava zaposliti još 800 ljudi. Porsche, koji je i dalje jedan od najvećih dioničara, također je sudjelovao u krugu financiranja. Ministarstvo gospodarstva najavilo je da će projekt dobiti status strateškog investicijskog projekta.",
         ents=[(O, "Rimac Group"), (P, "Mate Rimac"), (O, "Europska investicijska banka"),
               (O, "Večernji list"), (O, "Porsche"), (O, "Ministarstvo gospodarstva")]),
]


def is_word(ch):
    return ch.isalnum()


def find_whole(text, s, lo=0, hi=None):
    """All whole-word occurrences of s in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    out, i = [], lo
    while True:
        i = text.find(s, i, hi)
        if i < 0:
            return out
        j = i + len(s)
        if (i == 0 or not is_word(text[i - 1])) and (j == len(text) or not is_word(text[j])):
            out.append((i, j))
        i += 1


def annotate(p):
    text = p["head"] + "\n" + p["body"]
    spans = []  # (start, end, type)
    items = sorted(p["ents"], key=lambda e: -len(e[1]))
    for e in items:
        typ, surf = e[0], e[1]
        if len(e) > 2:
            ctx = e[2]
            occ = []
            for (a, b) in find_whole(text, ctx):
                k = text.find(surf, a, b)
                occ += find_whole(text, surf, k, k + len(surf))
        else:
            occ = find_whole(text, surf)
        if not occ:
            sys.exit(f"{p['id']}: {surf!r} not found")
        for (a, b) in occ:
            inside = [s for s in spans if s[0] <= a and b <= s[1]]
            if inside:
                continue
            clash = [s for s in spans if a < s[1] and s[0] < b]
            if clash:
                sys.exit(f"{p['id']}: {surf!r} at {a} overlaps {clash}")
            spans.append((a, b, typ))
    spans.sort()
    ents = [{"type": t, "start": a, "end": b, "text": text[a:b]} for (a, b, t) in spans]
    return {"id": p["id"], "lang": p["id"].split("-")[0], "text": text, "entities": ents}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = [annotate(p) for p in PARAS]
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("| lang | paragraphs | PERSON | ORGANIZATION |")
    print("|---|---:|---:|---:|")
    tp = to = tn = 0
    for lang in LANGS:
        rs = [r for r in recs if r["lang"] == lang]
        np_ = sum(e["type"] == P for r in rs for e in r["entities"])
        no_ = sum(e["type"] == O for r in rs for e in r["entities"])
        print(f"| {lang} | {len(rs)} | {np_} | {no_} |")
        tp += np_; to += no_; tn += len(rs)
    print(f"| **total** | **{tn}** | **{tp}** | **{to}** |")
    dp = sum(len({e['text'] for e in r['entities'] if e['type'] == P}) for r in recs)
    do = sum(len({e['text'] for e in r['entities'] if e['type'] == O}) for r in recs)
    print(f"distinct surface strings per paragraph: PERSON {dp}, ORGANIZATION {do}")


if __name__ == "__main__":
    main()
