// Package resolve gives person and organization mentions a canonical name and
// a stable entity key, and links the short forms in one document (Kvasov,
// IFPI, EMI) to the full names they stand for.
//
// It sits at the end of the extractor: the taggers (ner, money) have found the
// mentions; Link fills Key, Canonical and LegalForm of the PERSON and
// ORGANIZATION ones. MONEY mentions are keyed by the money package and left
// alone. The package owns no state: Person and Organization are pure
// functions of the name and the language, so every worker, the export command
// and the HTTP API compute the same key for the same name, today and after a
// restart, without a shared store. It does not own cross-document entity
// resolution (merging "Kvasov" in one document with "Denis Kvasov" in
// another), aliases that share no spelling (Lufthansa = Deutsche Lufthansa,
// EDF = Électricité de France across documents) or knowledge of who is who.
//
// # Person keys
//
// A person key is "person:<given>_<family>" ("person:denis_kvasov"), or
// "person:<word>" for a one-word name, with "_jr"/"_sr"/"_ii"... appended for
// a generation suffix. It is built in steps:
//
//  1. Parse the name as written: remove titles and honorifics in front
//     (Mr, Herr, Frau, Dr., Prof., M. and Mme in French, Sr./Sra. in Spanish,
//     Signor, Pan/Pani in Polish, Bay/Bayan in Turkish, господин, г-н, κ.,
//     offices such as President or Bundeskanzlerin; words that are also names
//     elsewhere only in their own language), degrees behind (PhD, MdB), the
//     possessive ('s, s'), and in German, Dutch and Scandinavian text a bare
//     genitive -s after a typical family-name ending (Kvasovs, Merkels).
//     "Kvasov, Denis" and "KVASOV Denis" are reordered to "Denis Kvasov",
//     and initials behind a family name to the front ("Петров И.Л." to
//     "И.Л. Петров") in Slavic languages, Cyrillic script, or with two
//     initials or more.
//  2. The family name is the last word; particles (van, de, von der, al-) are
//     kept in the canonical name but not in the key. The given name is the
//     first word; middle names, initials and patronymics are ignored, so
//     "Mikhail Sergeyevich Gorbachev" = "Mikhail Gorbachev".
//  3. Transliterate and fold (latin): Cyrillic with an English-press scheme
//     (х=kh, ч=ch, ш=sh, щ=shch, ё=e, й=y), Greek close to ELOT 743 (ου=ou,
//     μπ=b), diacritics removed, ß=ss, ø=o, ł=l.
//  4. Family name: rewrite transliteration-dependent endings to one form
//     (-ov/-ev/-ow/-ew/-off/-eff, -sky/-ski/-skij/-skyi, -ich/-itch/-itsch/-icz,
//     French -ine for -in), then reduce with phonetic: one class for
//     sh/sch/ch/tsch/tch/cz/sz/zh/kh, one for s/z/ts/tz/soft c, k for
//     hard c/q/ck, v for w, f for ph, t for th/dt, i for y/j, a/o/u for the
//     German digraphs ae/oe/ue, u for ou, e for a leading ye/je (Yeltsin,
//     Jelzin, Ельцин), glides and silent h dropped, doubled letters
//     collapsed. Vowels are kept otherwise, which is what keeps Müller from
//     Miller, Scholz from Schulz and Kvasov from Kozlov.
//  5. Given name: the same phonetic key (Dennis = Denis, Sergei = Sergej,
//     Yuri = Juri), mapped through a table of name groups whose spellings
//     differ more (Aleksandr/Alexander/Alexandre, Mikhail/Michail/Michael,
//     Pyotr/Piotr, Mohammed/Muhammad). An initial is kept as a letter.
//
// So Gorbachev = Gorbatschow = Горбачёв = Gorbatchev = Gorbaczow, Müller =
// Mueller = Muller, Dennis Kvasov = Denis Kvasov = Денис Квасов, while
// Denis Kvasov != Dennis Kozlov != Dmitry Kvasov != Anna Kvasova. Keys are
// identifiers, not display text ("person:mixail_gorbaxov": x is the sh/ch
// class); Canonical is for display.
//
// Trade-offs, measured on testdata/variants.jsonl (go test -run Variants -v):
// the key is deliberately strict on the given name (a different given name is
// a different person) and ignores middle names (so Michael B. Jordan =
// Michael Jordan, George H. W. Bush = George W. Bush). The sibilant classes
// merge German and English spellings of Russian names but not lazily written
// South Slavic ones across scripts (Vučić = Vucic, but not Вучић). Cyrillic
// г is always g (Ukrainian Шмигаль != Shmyhal), and Russian дж, Greek γι and
// French j are not matched to their English spellings. A name's word order
// is taken as written: "Xi Jinping" and "XI Jinping" (family name in
// capitals, reordered) get different keys. A Russian or Ukrainian full name
// in an oblique case is keyed in the nominative when its given name is a case
// form of a common given name (a hand-written list of ~120 Russian and ~100
// Ukrainian names): Дениса Квасова, Анной Лебедевой, Тараса Мельника and
// Владимира Владимировича Трошина key as Денис Квасов, Анна Лебедева, Тарас
// Мельник, Владимир Владимирович Трошин, with that as the canonical name too.
// The given name tells case and gender; a given name that is one as written
// keeps its reading unless the family name rules it out (Валентина Соколова
// stays Валентина; Богдана Ткаченка is Богдан Ткаченко's genitive). Family
// names that do not decline (Кравченко, Саакашвили, a woman's Шевчук) keep
// their form; adjectival ones other than -ский (Толстого: Толстой or
// Толстый?) and given names not in the list leave the name as written.
// Polish and Czech two-word names are reduced the same way with tables of
// their own (Jana Kowalskiego, Anną Grabowską, Tomášem Černým, Kateřiny
// Marešové; ~60 Polish and ~45 Czech given names of each gender), with the
// vowel that only the nominative has (Jiráska -> Jirásek, Kaczmarka ->
// Kaczmarek); a Czech man's dative in -ovi is read as a consonant stem's
// (Svobodovi -> Svobod, not Svoboda). Bare family names (Квасова) are not
// reduced in the stateless key, since Квасова is also a feminine nominative;
// Link reduces them within a document.
//
// # Organization keys
//
// An organization key is "organization:" plus the transliterated, folded
// words of the name joined by "-" ("organization:emi-group"). A legal form at
// the end (Inc., PLC, SA, AG, GmbH, GmbH & Co. KG, S.p.A., N.V., Ltd, LLC,
// Sp. z o.o., A.Ş., Α.Ε., ...) or at the start (ООО, ПАО, PT) is moved to
// LegalForm, so "EMI Group PLC" and "EMI Group" share a key. A leading "the"
// and a possessive are dropped, "&" reads as "and". There is no phonetic
// matching for organizations: brand spellings (Лукойл/Lukoil, Яндекс/Yandex)
// and German digraphs (Muenchen/München) get different keys, and companies
// that differ only in their legal form (Porsche AG, Porsche SE) share one.
// German adjectives that begin a name are read in the form they have after
// der, die, das in the nominative, in German text (Deutschen Bank, Deutscher
// Gewerkschaftsbund: Deutsche Bank, Deutsche Gewerkschaftsbund) and, for
// adjectives in -isch, -lich and -deutsch, in any text (Norddeutscher
// Rundfunk); after an adjective in -en, the genitive -es of the noun goes
// too (Deutschen Bundestages: Deutsche Bundestag). See germanNominative.
//
// # Linking in a document
//
// Link (and LinkText, which also reads the text) then links short forms to
// full forms within the document: a bare family name, with or without title
// or possessive, takes the key of the earlier full names with the same
// family key if they are all one person (or of the only one later; two
// people of one family name leave it alone); an initial plus family name needs
// the initial to agree; a bare given name links only if exactly one person in
// the document has it and nobody has it as family name; a German genitive -s
// is stripped when the bare form is a family name in the document; a name of
// two or more words that ends an earlier longer one (García Márquez after
// Gabriel García Márquez) takes its key; a generation suffix must agree
// (Kvasov Jr. is not Denis Kvasov). In
// Russian, Ukrainian, Belarusian, Polish, Czech, Slovak and South Slavic text
// a case form (Дениса Квасова, Квасовым, Kowalskiego) takes the key of the
// name in the document that a nominative reading of it matches, if exactly
// one does and the exact form is not itself a name there (Квасова next to
// Анна Квасова stays hers). Organizations in those languages are joined
// with their case forms too: "акции Сбербанка", "Сбербанком" and "Сбербанк",
// "Министерства обороны" and "Министерство обороны", "Unii Europejskiej" and
// "Unia Europejska" share one key and canonical name, the form read as the
// nominative (linkOrgCases); a name written only in oblique cases in a
// document keeps an oblique form. German organizations are joined so with
// their genitives and dative plurals (Bundestages, Bundestags: Bundestag),
// Swedish, Danish and Norwegian ones with their genitives (Swedbanks,
// Folketingets, Høyres). An
// acronym (all capitals, IFPI, I.F.P.I.) links to the nearest earlier
// organization whose initials, with or without stop words and with
// hyphenated words as one or several, spell it, else to the only later one.
// LinkText adds acronyms defined in the text, "Name (ACR)" and "ACR (Name)",
// which also covers translated acronyms (Weltgesundheitsorganisation (WHO)).
// An organization name that is the first words of an earlier one (EMI after
// EMI Group) takes its key unless it is one generic word (Bank, Group). All
// mentions of one key in a document get one canonical name, the first full
// form's; LegalForm stays what was split off the mention's own text. Cross-document keys never depend on the document: only short forms
// are linked.
package resolve
