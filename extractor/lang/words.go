package lang

import "strings"

// functionWords are, per primary language, short words that occur in almost
// every sentence of it (articles, pronouns, prepositions, conjunctions,
// auxiliaries). They are what a short text full of names still shows of its
// language: "Maria Schmidt, Vorstand der Nordwind Energie AG, meldete ..."
// is German by "der" more than by its names. Lists written for this
// package; a word may belong to several languages. Every primary language
// has a list. Norwegian is "nb" here,
// as lingua calls it, and covers Nynorsk's most common forms too.
var functionWords = map[string]string{
	"en": "the of and to in is was for that with on as by at from are were be has have had it its this which but not or an will would their they he she said after who been also than",
	"de": "der die das und ist ein eine einen einem einer des dem den nicht mit von zu im auf für sich auch als bei nach aus wird wurde sind hat haben noch über oder vom zum zur sie er es wie dass aber in an am um vor bis seit durch gegen wir ich war nur werden kann mehr diese dieser schon",
	"fr": "le la les des du de et est un une dans pour que qui sur au aux par pas ne il elle ont sont avec plus ce cette été a à se son sa ses leur mais ou",
	"es": "el la los las del de y en que un una por con para es se no su sus al lo como más pero fue ha han este esta entre sin sobre también ya",
	"it": "il lo la gli le dei degli delle del della di e è un una per che con non sono nel nella alla al da si ha anche come più ma dopo questo questa in",
	"pt": "o a os as do da dos das de e em um uma que com para não por no na nos nas ao se foi mais como mas é são pelo pela também ou",
	"nl": "de het een van en in is dat op te met voor niet zijn er aan door ook als bij uit om maar nog wordt werd naar heeft hij zij deze dit die wel",
	"pl": "i w na z się nie do że to jest o jak po od za przez oraz jego jej ich już był była było są dla ale czy też który która które przy",
	"ru": "и в на не что с по как из за от для это его о к у же был была были но они он она также который которые после при только",
	"sv": "och att det som en ett är av för på med till den inte har var om från de han hon men ska kan sig efter vid också när eller under",
	"da": "og at det som en et er af for på med til den ikke har var om fra de han hun men skal kan sig efter ved også når eller under blev bliver hvor nu",
	"nb": "og at det som en et er av for på med til den ikke ikkje har var om fra frå de han hun ho men skal kan seg etter ved også når eller under ble blir hvor kva eg",
	"tr": "ve bir bu da de için ile olarak olan gibi daha çok en ama ne ki sonra kadar göre değil var yok mı her",
	// close relatives of primary languages, so that a paragraph in them
	// can still beat rarePenalty, and Romanian (an audit: "Guvernul a
	// demisionat" was French)
	"ca": "el la els les del dels de i a en que un una per amb és va no es al seu seva però també més com ha han",
	"cs": "a je v ve na se že to s z do o k i jako za by ale jsou byl byla bylo už jeho které který která podle také při",
	"uk": "і й в у на що з не до як за та це від його для але також є було був була які який яка про після",
	"ro": "și în din cu pe pentru care este sunt fost după că mai să se nu al ale ai unei unui fi avea acest această",
}

// primary are the languages the extractors know (models or money rules),
// plus Danish and Norwegian: the ones documents are expected in. Every
// other candidate starts rarePenalty behind them.
var primary = map[string]bool{
	"en": true, "de": true, "fr": true, "es": true, "it": true, "pt": true, "nl": true, "pl": true,
	"ru": true, "sv": true, "tr": true, "da": true, "nb": true,
}

// funcWordSets are functionWords as sets, built once.
var funcWordSets = func() map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(functionWords))
	for l, ws := range functionWords {
		set := map[string]bool{}
		for _, w := range strings.Fields(ws) {
			set[w] = true
		}
		out[l] = set
	}
	return out
}()

// isFunctionWord reports whether lowercase w is a function word of any
// language.
func isFunctionWord(w string) bool {
	for _, set := range funcWordSets {
		if set[w] {
			return true
		}
	}
	return false
}
