package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"entities/extractor/schema"
)

var update = flag.Bool("update", false, "rewrite docs/viewer.png from the browser test")

// chromium returns the browser to drive. Without one the test skips on a
// developer's machine and fails in CI (CI set), where .ci/run installs it:
// apt-get install -y chromium chromium-driver.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set but no chromium is installed: apt-get install -y chromium chromium-driver")
	}
	t.Skip("no chromium on PATH (apt-get install -y chromium chromium-driver); set CHROMIUM to its path")
	return ""
}

// browser starts a headless Chromium with a fresh profile; the flags keep it
// from reaching for the network, which on a closed network makes it stall.
func browser(t *testing.T, width, height int) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	// An uncaught exception in the page's script fails the test, whatever
	// the test was looking at.
	msgs := chromedp.Console(bctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleException {
				t.Errorf("script error in the page: %s", m.Text)
			}
		}
	}()
	t.Cleanup(func() { bcancel(); <-done })
	return bctx
}

// shown is what the page shows after an extraction, read from its DOM.
type shown struct {
	State    string `json:"state"`
	Status   string `json:"status"`
	Text     string `json:"text"` // the highlighted text's whole content
	Lang     string `json:"lang"`
	Marks    []mark `json:"marks"`
	Entities []struct {
		Key, Type, Name string
		Count           string
	} `json:"entities"`
	Legend []string `json:"legend"`
}

type mark struct {
	Text, Type, Key string
	Start, End      int
	Color           string
}

const readPage = `(() => ({
  state: document.body.dataset.state,
  status: document.getElementById("status").textContent,
  text: document.getElementById("doc").textContent,
  lang: document.getElementById("lang").dataset.lang || "",
  marks: Array.from(document.querySelectorAll("#doc mark.m"), (m) => ({
    Text: m.textContent, Type: m.dataset.type, Key: m.dataset.key,
    Start: +m.dataset.start, End: +m.dataset.end, Color: getComputedStyle(m).backgroundColor })),
  entities: Array.from(document.querySelectorAll("#entities button"), (b) => ({
    Key: b.dataset.key, Type: b.dataset.type, Name: b.querySelector(".name").textContent,
    Count: b.querySelector(".count").textContent })),
  legend: Array.from(document.querySelectorAll("#legend li"), (li) => li.dataset.type),
}))()`

// typeAndExtract types text into the box, presses Extract and waits for the
// page to finish.
func typeAndExtract(t *testing.T, ctx context.Context, base, text string) shown {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SendKeys(chromedp.ID("text"), text),
		chromedp.Click(chromedp.ID("extract")),
	)
	if err != nil {
		t.Fatalf("drive the page: %v", err)
	}
	// A script error leaves the page in "loading" for ever: give up after a
	// generous minute rather than the whole test's budget.
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(wctx, chromedp.WaitReady(chromedp.CSS(`body[data-state="done"], body[data-state="error"]`))); err != nil {
		t.Fatalf("the page never finished extracting (a script error?): %v", err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[shown](readPage))
	if err != nil {
		t.Fatalf("read the page: %v", err)
	}
	if got.State != "done" {
		t.Fatalf("page ended in state %q: %s", got.State, got.Status)
	}
	return got
}

// postText asks the API directly for what the page should show.
func postText(t *testing.T, base, text string) schema.Result {
	t.Helper()
	body, _ := json.Marshal(schema.Document{ID: "viewer", Text: text})
	resp, err := http.Post(base+"/v1/extract", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var res schema.Result
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /v1/extract: %d", resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		t.Fatal(err)
	}
	return res
}

// checkShown compares the page with the API's answer for the same text:
// the text intact, every mention highlighted over its own code points with
// its type, types told apart by colour, one list item per entity key.
func checkShown(t *testing.T, text string, res schema.Result, got shown) {
	t.Helper()
	if got.Text != text {
		t.Errorf("highlighted text differs from the typed text:\n got %q\nwant %q", got.Text, text)
	}
	if got.Lang != res.Lang {
		t.Errorf("page shows language %q, API says %q", got.Lang, res.Lang)
	}
	if strings.Join(got.Legend, ",") != "PERSON,ORGANIZATION,MONEY" {
		t.Errorf("legend %v", got.Legend)
	}
	if len(got.Marks) != len(res.Entities) {
		t.Fatalf("%d highlights for %d mentions:\n%+v\n%+v", len(got.Marks), len(res.Entities), got.Marks, res.Entities)
	}
	colour := map[string]string{}
	for i, m := range res.Entities {
		g := got.Marks[i]
		if g.Text != m.Text || g.Type != string(m.Type) || g.Key != m.Key || g.Start != m.Start || g.End != m.End {
			t.Errorf("mention %d: page shows %+v, API returned %+v", i, g, m)
		}
		if c, ok := colour[g.Type]; ok && c != g.Color {
			t.Errorf("%s drawn in two colours, %s and %s", g.Type, c, g.Color)
		}
		colour[g.Type] = g.Color
	}
	seen := map[string]bool{}
	for typ, c := range colour {
		if seen[c] {
			t.Errorf("%s shares its colour %s with another type", typ, c)
		}
		seen[c] = true
	}
	type group struct {
		typ   string
		count int
	}
	var keys []string
	groups := map[string]*group{}
	for _, m := range res.Entities {
		if groups[m.Key] == nil {
			keys = append(keys, m.Key)
			groups[m.Key] = &group{typ: string(m.Type)}
		}
		groups[m.Key].count++
	}
	if len(got.Entities) != len(keys) {
		t.Fatalf("entity list has %d items for %d keys: %+v", len(got.Entities), len(keys), got.Entities)
	}
	for i, k := range keys {
		e := got.Entities[i]
		if e.Key != k || e.Type != groups[k].typ || e.Count != "×"+itoa(groups[k].count) {
			t.Errorf("entity %d: page lists %+v, want key %s type %s ×%d", i, e, k, groups[k].typ, groups[k].count)
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestViewerPage drives the page against a tagger whose answers are known,
// so the page's own logic is checked whatever the models do: code-point
// offsets after characters outside the BMP, grouping by key, details on
// focus, selection with the keyboard, a narrow screen.
func TestViewerPage(t *testing.T) {
	s := newServer(t, Config{})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	ctx := browser(t, 1000, 800)

	text := "🙂 Ada Byron met 𝄞 Grace Hopper of Analytical Engines Ltd in Zürich; then Byron paid 😀 $120 to Hopper."
	res := postText(t, ts.URL, text)
	types := map[schema.Type]bool{}
	for _, m := range res.Entities {
		types[m.Type] = true
	}
	if len(res.Entities) < 6 || len(types) != 3 {
		t.Fatalf("the capitals tagger found %d mentions of %d types; the test needs all three types", len(res.Entities), len(types))
	}
	got := typeAndExtract(t, ctx, ts.URL, text)
	checkShown(t, text, res, got)
	var raw schema.Result
	if err := json.Unmarshal([]byte(evalJS[string](t, ctx, `document.getElementById("raw").textContent`)), &raw); err != nil || len(raw.Entities) != len(res.Entities) {
		t.Errorf("raw JSON shows %d mentions (%v), the API %d", len(raw.Entities), err, len(res.Entities))
	}

	// Hovering a money highlight shows its amount and ISO currency.
	var money schema.Mention
	for _, m := range res.Entities {
		if m.Type == schema.Money {
			money = m
		}
	}
	sel := `#doc mark[data-start="` + itoa(money.Start) + `"]`
	box := evalJS[[]float64](t, ctx, `(() => { const r = document.querySelector('`+sel+`').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
	act(t, ctx, chromedp.MouseEvent(chromedp.MouseMoved, box[0], box[1]), chromedp.WaitVisible(chromedp.ID("details")))
	fields := evalJS[map[string]string](t, ctx, `Object.fromEntries(Array.from(document.querySelectorAll("#details dd"), d => [d.dataset.field, d.textContent]))`)
	if fields["amount"] != money.Amount || fields["currency"] != money.Currency || fields["key"] != money.Key || fields["canonical"] != money.Canonical {
		t.Errorf("hovering %q shows %v, want amount %s currency %s", money.Text, fields, money.Amount, money.Currency)
	}
	act(t, ctx, chromedp.MouseEvent(chromedp.MouseMoved, 1, 1))

	// Keyboard: Tab from the button reaches the first highlight, whose
	// details show; Enter selects its entity everywhere; Escape clears.
	act(t, ctx,
		chromedp.Focus(chromedp.ID("extract")),
		chromedp.KeyEvent(kb.Tab), // the sample button
		chromedp.KeyEvent(kb.Tab), // the first highlight
		chromedp.WaitVisible(chromedp.ID("details")),
	)
	details := evalJS[string](t, ctx, `document.getElementById("details").innerText`)
	focused := evalJS[string](t, ctx, `document.activeElement.dataset.key || document.activeElement.id`)
	act(t, ctx, chromedp.KeyEvent(kb.Enter))
	nSelected := evalJS[int](t, ctx, `document.querySelectorAll("#doc mark.selected").length`)
	pressed := evalJS[string](t, ctx, `Array.from(document.querySelectorAll('#entities button[aria-pressed="true"]'), b => b.dataset.key).join()`)
	first := res.Entities[0]
	if focused != first.Key {
		t.Fatalf("Tab reached %q, want the first mention %q", focused, first.Key)
	}
	for _, want := range []string{first.Canonical, first.Key, string(first.Type), res.Lang} {
		if !strings.Contains(details, want) {
			t.Errorf("details %q lack %q", details, want)
		}
	}
	wantSel := 0
	for _, m := range res.Entities {
		if m.Key == first.Key {
			wantSel++
		}
	}
	if nSelected != wantSel || pressed != first.Key {
		t.Errorf("Enter selected %d highlights and list item %q, want %d and %q", nSelected, pressed, wantSel, first.Key)
	}
	act(t, ctx, chromedp.KeyEvent(kb.Escape))
	if n := evalJS[int](t, ctx, `document.querySelectorAll("#doc mark.selected").length`); n != 0 {
		t.Errorf("Escape left %d highlights selected", n)
	}
	if hidden := evalJS[bool](t, ctx, `document.getElementById("details").hidden`); !hidden {
		t.Error("Escape left the details shown")
	}

	// Clicking an entity in the list selects its highlights.
	last := res.Entities[len(res.Entities)-1]
	act(t, ctx, chromedp.Click(chromedp.CSS(`#entities button[data-key="`+last.Key+`"]`)))
	if keys := evalJS[string](t, ctx, `Array.from(document.querySelectorAll("#doc mark.selected"), m => m.dataset.key).join()`); keys == "" || strings.Trim(strings.ReplaceAll(keys, last.Key, ""), ",") != "" {
		t.Errorf("clicking %s in the list selected %q", last.Key, keys)
	}

	// Ctrl+Enter in the box extracts too.
	act(t, ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SendKeys(chromedp.ID("text"), "Ada Byron"),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.WaitReady(chromedp.CSS(`body[data-state="done"]`)),
	)

	t.Run("narrow screen", func(t *testing.T) {
		ctx := browser(t, 360, 740)
		typeAndExtract(t, ctx, ts.URL, text)
		if evalJS[bool](t, ctx, `document.documentElement.scrollWidth > document.documentElement.clientWidth`) {
			t.Error("the page scrolls sideways on a 360 px screen")
		}
		if !evalJS[bool](t, ctx, `document.querySelector("aside").getBoundingClientRect().top >= document.getElementById("doc").getBoundingClientRect().bottom`) {
			t.Error("on a narrow screen the entity list is not below the text")
		}
	})

	t.Run("error shown", func(t *testing.T) {
		act(t, ctx,
			chromedp.Navigate(ts.URL+"/"),
			chromedp.WaitVisible(chromedp.ID("text")),
			chromedp.SendKeys(chromedp.ID("text"), "   "),
			chromedp.Click(chromedp.ID("extract")),
		)
		state := evalJS[string](t, ctx, `document.body.dataset.state`)
		status := evalJS[string](t, ctx, `document.getElementById("status").textContent`)
		if state != "error" || status == "" {
			t.Errorf("blank text: state %q status %q, want an error shown", state, status)
		}
	})
}

func act(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func evalJS[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// TestViewerRealExtractor types a multilingual paragraph into the page
// served with the product's extractor and checks the page shows exactly what
// the API returns, and that it finds what any working model must.
func TestViewerRealExtractor(t *testing.T) {
	s := newServer(t, Config{Extractor: realEngine(t)})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	ctx := browser(t, 1100, 760)

	text := "Helen Ward, the chair of Northwind Trading Ltd, said on Monday that the company will pay a dividend of $1.2 million. Ward expects more orders.\n\n" +
		"Die Beispiel Werke AG aus Bremen investiert 3,5 Millionen Euro in ein neues Lager, sagte Vorstandschef Jonas Albrecht. Albrecht rechnet mit 40 neuen Stellen.\n\n" +
		"Selon Claire Dubois, la société Atelier Lumière SA a levé 2 millions d'euros."
	res := postText(t, ts.URL, text)
	got := typeAndExtract(t, ctx, ts.URL, text)
	checkShown(t, text, res, got)

	byType := map[schema.Type]int{}
	for _, m := range res.Entities {
		byType[m.Type]++
	}
	t.Logf("real extractor: lang %s %v, mentions by type %v", res.Lang, res.Languages, byType)
	// Whatever the models' quality, amounts written "$1.2 million" and
	// "3,5 Millionen Euro" are money, and "Helen Ward" is a person.
	for _, typ := range schema.Types {
		if byType[typ] == 0 {
			t.Errorf("no %s found in the multilingual paragraph", typ)
		}
	}
	if len(res.Languages) < 2 {
		t.Errorf("languages %v: a paragraph in three languages was not seen as mixed", res.Languages)
	}

	// the screenshot shows a mention's details, as a user hovering sees them
	// The screenshot shows the whole page with one mention's details open, as
	// a user hovering sees them: an amount if there is one.
	if len(res.Entities) > 0 {
		sel := "#doc mark.m"
		if byType[schema.Money] > 0 {
			sel = `#doc mark.m[data-type="MONEY"]`
		}
		act(t, ctx, chromedp.Focus(chromedp.CSS(sel)), chromedp.WaitVisible(chromedp.ID("details")))
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() < 500 || b.Dy() < 300 {
		t.Fatalf("screenshot is %v", b)
	}
	small := shrink(img)
	path := filepath.Join(t.TempDir(), "viewer.png")
	if *update {
		path = filepath.Join("..", "..", "docs", "viewer.png")
	}
	if err := os.WriteFile(path, small, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s, %d bytes", path, len(small))
}

// shrink re-encodes a screenshot with a palette of its 256 most frequent
// colours: a page of flat colours and text loses nothing a reader sees, and
// the file is a fraction of the size.
func shrink(img image.Image) []byte {
	freq := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			freq[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	cols := make([]color.RGBA, 0, len(freq))
	for c := range freq {
		cols = append(cols, c)
	}
	sort.Slice(cols, func(i, j int) bool {
		if freq[cols[i]] != freq[cols[j]] {
			return freq[cols[i]] > freq[cols[j]]
		}
		return colorLess(cols[i], cols[j])
	})
	pal := make(color.Palette, 0, 256)
	for _, c := range cols[:min(256, len(cols))] {
		pal = append(pal, c)
	}
	p := image.NewPaletted(b, pal)
	draw.Draw(p, b, img, b.Min, draw.Src)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, p); err != nil {
		panic(err) // encoding to memory fails only on a bug
	}
	return buf.Bytes()
}

func colorLess(a, b color.RGBA) bool {
	if a.R != b.R {
		return a.R < b.R
	}
	if a.G != b.G {
		return a.G < b.G
	}
	return a.B < b.B
}

// TestViewerWatch drives the watch view against a feed the test controls:
// documents appear newest first, the tally counts entities over documents,
// and a document published again replaces its earlier counts.
func TestViewerWatch(t *testing.T) {
	in := make(chan schema.Result)
	s, base, _ := serveWatch(t, chanFeed(in))
	waitReady(t, base)
	ctx := browser(t, 1000, 900)
	act(t, ctx,
		chromedp.Navigate(base+"/"),
		chromedp.Click(chromedp.ID("watch")),
		chromedp.WaitReady(chromedp.CSS(`body[data-watch="on"]`)),
	)
	// the page is subscribed once the server counts it as a watcher (waited
	// for without a deadline of its own: go test's -timeout catches a page
	// that never connects)
	for metricValue(t, s.cfg.Registry, "entities_http_watchers", nil) != 1 {
		time.Sleep(10 * time.Millisecond)
	}
	send := func(r schema.Result) {
		in <- r
		published(t, s, r.ID)
	}
	send(feedResult("d1", "Ada Byron", "Grace Hopper"))
	send(feedResult("d2", "Ada Byron"))
	send(feedResult("d3", "Ada Byron", "Alan Turing"))
	act(t, ctx, chromedp.WaitReady(chromedp.CSS(`#feed li[data-id="d3"]`)))
	type row struct{ Key, Count string }
	readTop := func() []row {
		return evalJS[[]row](t, ctx, `Array.from(document.querySelectorAll("#top li"), li => ({Key: li.dataset.key, Count: li.dataset.count}))`)
	}
	ids := evalJS[[]string](t, ctx, `Array.from(document.querySelectorAll("#feed li"), li => li.dataset.id)`)
	if strings.Join(ids, ",") != "d3,d2,d1" {
		t.Fatalf("feed shows %v, want newest first", ids)
	}
	if top := readTop(); len(top) != 3 || top[0] != (row{"person:ada byron", "3"}) {
		t.Fatalf("tally %v, want Ada Byron ×3 first of 3", top)
	}
	chips := evalJS[int](t, ctx, `document.querySelectorAll('#feed li[data-id="d1"] .chip.s-PERSON').length`)
	if chips != 2 {
		t.Errorf("d1 shows %d person chips, want 2", chips)
	}
	// d2 reprocessed: its Ada Byron becomes Grace Hopper
	send(feedResult("d2", "Grace Hopper"))
	act(t, ctx, chromedp.WaitReady(chromedp.CSS(`#feed li:first-child[data-id="d2"]`)))
	got := map[string]string{}
	for _, r := range readTop() {
		got[r.Key] = r.Count
	}
	if got["person:ada byron"] != "2" || got["person:grace hopper"] != "2" || got["person:alan turing"] != "1" {
		t.Errorf("after d2 changed, tally %v", got)
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("#feed li").length`); n != 3 {
		t.Errorf("feed has %d items after a document was republished, want 3", n)
	}

	t.Run("no pipeline", func(t *testing.T) {
		plain := httptest.NewServer(newServer(t, Config{}).Handler())
		defer plain.Close()
		act(t, ctx,
			chromedp.Navigate(plain.URL+"/"),
			chromedp.Click(chromedp.ID("watch")),
			chromedp.WaitReady(chromedp.CSS(`body[data-watch="off"]`)),
		)
		if status := evalJS[string](t, ctx, `document.getElementById("watch-status").textContent`); !strings.Contains(status, "No pipeline") {
			t.Errorf("watching without a pipeline says %q", status)
		}
	})
}
