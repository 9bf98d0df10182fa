package extractor

import (
	"context"
	"fmt"
	"runtime"
	"strconv"

	"golang.org/x/sync/errgroup"

	"entities/extractor/schema"
)

// warmUpTexts are one short text in each language with a tagging model of
// its own, and one without (Turkish: the multilingual model); extracting
// them loads the detector's tables and every tagging model, which
// otherwise load lazily, on first use, taking up to a few hundred
// milliseconds each.
var warmUpTexts = []struct{ lang, text string }{
	{"en", "Maria Schmidt, chief executive of Nordwind Energy Ltd, said the company paid $2.5 million."},
	{"de", "Die Firma Nordwind Energie AG zahlte laut Vorstand Maria Schmidt 2,5 Mio. Euro."},
	{"fr", "Le groupe Nordvent a payé 2,5 millions d'euros, a déclaré sa directrice Marie Dubois."},
	{"es", "La empresa Vientos del Norte pagó 2,5 millones de euros, según su presidenta Lucía Gómez."},
	{"it", "La società Vento del Nord ha pagato 2,5 milioni di euro, ha detto l'amministratore Marco Rossi."},
	{"pt", "A empresa Vento Norte pagou 2,5 milhões de euros, disse a diretora Ana Costa."},
	{"nl", "Het bedrijf Noordwind Energie betaalde 2,5 miljoen euro, zei directeur Jan de Vries."},
	{"pl", "Spółka Wiatr Północny zapłaciła 2,5 mln zł, poinformował prezes Jan Kowalski."},
	{"cs", "Společnost Severní vítr zaplatila 2,5 milionu korun, řekl ředitel Jan Dvořák."},
	{"ru", "Компания Северный ветер заплатила 2,5 млн рублей, сообщил директор Иван Петров."},
	{"uk", "Компанія Північний вітер сплатила 2,5 мільйона гривень, повідомив директор Іван Петренко."},
	{"sv", "Företaget Nordvind Energi betalade 2,5 miljoner kronor, sade vd Anna Svensson."},
	{"da", "Virksomheden Nordvind Energi betalte 2,5 millioner kroner, oplyste direktør Mette Sørensen."},
	{"no", "Selskapet Nordavind Energi betalte 2,5 millioner kroner, opplyste daglig leder Kari Nordmann."},
	{"tr", "Kuzey Rüzgarı şirketi 2,5 milyon lira ödedi, dedi genel müdür Ayşe Yılmaz."},
}

// WarmUp extracts a short text in every language with a tagging model (and
// one without), as many at once as there are cores, so that the models a
// worker or server needs are loaded before it reports ready: each
// language's load on its own core, start-up takes about 1/GOMAXPROCS of
// the time (the same CPU). A document refused as such (schema codes other
// than internal) is no failure; an internal error is.
func WarmUp(ctx context.Context, ex Extractor) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, t := range warmUpTexts {
		g.Go(func() error {
			_, err := ex.Extract(gctx, schema.Document{ID: "warm-up-" + strconv.Itoa(i), Text: t.text})
			if err != nil && schema.CodeOf(err) == schema.CodeInternal {
				return fmt.Errorf("warm up extractor: %w", err)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	// the texts are settled without lingua; its own tables load when it
	// first scores a text (mixed or unsure), so they load now
	if e, ok := ex.(*Engine); ok {
		e.det.PrimeLingua()
	}
	return nil
}
