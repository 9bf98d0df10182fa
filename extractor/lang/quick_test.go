package lang

import (
	"slices"
	"testing"

	"github.com/pemistahl/lingua-go"
)

// quickSamples are sentences of my own in the languages quick handles, and
// a few it must decline (other alphabets, mixed alphabets, nothing to read).
var quickSamples = []string{
	"the city council agreed on tuesday that the new bridge will open next spring after years of delays",
	"der stadtrat hat am dienstag beschlossen dass die neue brücke nach jahren der verzögerung im frühjahr öffnet",
	"le conseil municipal a décidé mardi que le nouveau pont ouvrira au printemps après des années de retard",
	"el ayuntamiento acordó el martes que el nuevo puente se abrirá en primavera tras años de retrasos",
	"il consiglio comunale ha deciso martedì che il nuovo ponte aprirà in primavera dopo anni di ritardi",
	"a câmara municipal decidiu na terça-feira que a nova ponte abrirá na primavera depois de anos de atrasos",
	"de gemeenteraad besloot dinsdag dat de nieuwe brug na jaren vertraging in het voorjaar opengaat",
	"rada miasta zdecydowała we wtorek że nowy most zostanie otwarty wiosną po latach opóźnień",
	"городской совет решил во вторник что новый мост откроется весной после многих лет задержек",
	"міська рада вирішила у вівторок що новий міст відкриється навесні після років затримок",
	"kommunfullmäktige beslutade i tisdags att den nya bron öppnar i vår efter flera års förseningar",
	"belediye meclisi salı günü yeni köprünün yıllarca süren gecikmelerin ardından baharda açılacağına karar verdi",
	"městská rada v úterý rozhodla že nový most se otevře na jaře po letech zpoždění",
	"l'ajuntament va decidir dimarts que el nou pont s'obrirà a la primavera després d'anys de retards",
	"byrådet besluttede tirsdag at den nye bro åbner til foråret efter flere års forsinkelser",
	"το δημοτικό συμβούλιο αποφάσισε την τρίτη ότι η νέα γέφυρα θα ανοίξει την άνοιξη",
	"市议会周二决定新桥将在春天开放",
	"mixed алфавит words here и там",
	"12 34 !!",
}

// TestQuickMatchesLingua: whenever the quick scorer is sure of a language
// (which is when its answer is used), lingua names the same language, about
// as surely. It checks the main detector and every confirming-look detector
// on my sentences (no disagreement allowed) and, with -val, on 300 chunks of
// every val set (at most 0.1% allowed: lingua's rules for letters unique to
// a few languages, which quick lacks, decide some title-like WikiANN lines
// that mix languages, mostly wrongly, e.g. Vietnamese for a Spanish line
// naming "Malmö").
func TestQuickMatchesLingua(t *testing.T) {
	d := detector(t)
	d.PrimeLingua()
	if d.quick == nil {
		t.Fatal("no quick scorer: lingua's detector is not as this package expects (another lingua version?)")
	}
	own := compareQuick(t, d, quickSamples)
	if own.sure == 0 || own.differ > 0 {
		t.Errorf("own sentences: %+v; want some sure answers and no disagreement", own)
	}
	for _, s := range quickSamples[16:] {
		if _, _, ok := d.quick.top(s); ok {
			t.Errorf("quick answered %q: it must leave other and mixed alphabets to lingua", s)
		}
	}
	if !*valFlag {
		return
	}
	var looks []string
	for _, vs := range valSets {
		for _, c := range valChunks(t, vs.set, 300) {
			looks = append(looks, lowerWords(c, d.cfg.LowerRunes), sample(c, d.cfg.QuickRunes))
		}
	}
	val := compareQuick(t, d, looks)
	t.Logf("val: %+v", val)
	if float64(val.differ) > 0.001*float64(val.sure) {
		t.Errorf("quick and lingua disagree on %d of %d sure answers", val.differ, val.sure)
	}
}

type quickAgreement struct{ looks, answered, sure, differ int }

// compareQuick runs quick and lingua over looks with the main detector and
// every confirming-look detector, and logs the first disagreements.
func compareQuick(t *testing.T, d *Detector, looks []string) quickAgreement {
	t.Helper()
	var a quickAgreement
	check := func(name, look string, q *quick, det lingua.LanguageDetector) {
		a.looks++
		l, c, ok := q.top(look)
		if !ok {
			return
		}
		a.answered++
		if c < 0.8 {
			return
		}
		a.sure++
		if ll, lc := top(det, look); ll != l || lc < c-0.005 {
			if a.differ++; a.differ <= 5 {
				t.Logf("%s: quick says %s %.4f, lingua %s %.4f: %q", name, l, c, ll, lc, look)
			}
		}
	}
	for _, look := range looks {
		check("main", look, d.quick, d.lingua)
		for code, q := range d.agreeQuick {
			check("agree/"+code, look, q, d.agree[code])
		}
	}
	return a
}

// TestQuickOnlyLowAccuracy: quick scores as lingua's low-accuracy mode does,
// so a high-accuracy detector goes without it.
func TestQuickOnlyLowAccuracy(t *testing.T) {
	d, err := New(Config{HighAccuracy: true})
	if err != nil {
		t.Fatal(err)
	}
	if d.quick != nil || len(d.agreeQuick) > 0 {
		t.Error("a high-accuracy detector has quick scorers")
	}
	if detector(t).quick == nil {
		t.Error("the default detector has no quick scorer")
	}
}

// FuzzQuick: on any text the quick scorers (top and weigh) either decline or name one of
// their candidates with a confidence in (0, 1], and Detect's confidence is in [0, 1].
func FuzzQuick(f *testing.F) {
	for _, s := range quickSamples {
		f.Add(s)
	}
	f.Add("\xff\xfe ab\x80c абв ɋɋɋ")
	d := detector(f)
	d.PrimeLingua()
	if d.quick == nil {
		f.Fatal("no quick scorer")
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range []*quick{d.quick, d.agreeQuick["de"], d.agreeQuick["ru"]} {
			l, c, ok := q.top(s)
			if !ok {
				continue
			}
			if c <= 0 || c > 1+1e-9 || !slices.Contains(q.codes, l) {
				t.Fatalf("quick.top(%q) = %q %v", s, l, c)
			}
		}
		if l, c, ok := d.quick.weigh(s); ok && (c <= 0 || c > 1+1e-9 || !slices.Contains(d.quick.codes, l)) {
			t.Fatalf("quick.weigh(%q) = %q %v", s, l, c)
		}
		if got := d.Detect(s, ""); got.Confidence < 0 || got.Confidence > 1 {
			t.Fatalf("Detect(%q): confidence %v", s, got.Confidence)
		}
	})
}

// TestLogTableMatchesLingua: scores from the combined log table are those
// from lingua's tables, to the bit (quick rounds their logs to float32 as
// the table does), so that a detector scores alike before and after it
// builds the table.
func TestLogTableMatchesLingua(t *testing.T) {
	d := detector(t)
	d.PrimeLingua()
	if d.quick == nil {
		t.Fatal("no quick scorer")
	}
	plain := newQuick(d.lingua, d.cfg.Languages)
	plain.useWords(d.quick.words)
	d.useLogTable()
	if d.quick.logs.Load() == nil {
		t.Fatal("no log table: lingua's tables of a Latin or Cyrillic candidate were not loaded")
	}
	looks := append([]string(nil), quickSamples...)
	if *valFlag {
		for _, vs := range valSets {
			looks = append(looks, valChunks(t, vs.set, 100)...)
		}
	}
	for _, s := range looks {
		a, _, okA := d.quick.weights(s)
		b, _, okB := plain.weights(s)
		if okA != okB {
			t.Fatalf("%q: ok %v with the table, %v without", s, okA, okB)
		}
		for k := range a {
			if a[k] != b[k] {
				t.Errorf("%q: %s %v with the table, %v without", s, d.quick.codes[k], a[k], b[k])
			}
		}
	}
}

// BenchmarkLogTable builds the log table of the default candidates (every
// 16th document of a process's first does, once), their n-gram tables read
// already.
//
//	go test -run XXX -bench LogTable -benchtime 5x ./extractor/lang/
func BenchmarkLogTable(b *testing.B) {
	d := detector(b)
	if newLogTable(d.quick) == nil {
		b.Fatal("no log table")
	}
	b.ResetTimer()
	for range b.N {
		newLogTable(d.quick)
	}
}
