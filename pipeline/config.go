package pipeline

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"runtime"
	"strings"
	"time"

	"github.com/segmentio/kafka-go/sasl"

	"entities/extractor/schema"
)

// Version is written into every output record as pipeline_version. Bump it
// when the output of the same input changes, so consumers can tell results
// of a replay under a new version from duplicates. 2: large results split to
// fit Kafka's record limit. 3: German organizations keyed in the nominative,
// Ukrainian given names grouped with Russian ones, persons addressed with a
// title of persons, titles and invisible characters out of names' spans, no
// lowercase word inside a person of several words. 4: persons made of
// titles only left out ("Genel", "Maliye Bakanı"); Swedish "AB Volvo" and
// Danish "A/S X" keyed without their legal form; names that begin a
// hyphenated compound found ("SPD" of "SPD-Fraktionschef"); the place of a
// dateline is no name ("OSLO (NTB) –"); headlines' names split by the
// body's; names after a designator and an adjective are organizations;
// decomposed (NFD) text read composed; title and meta in results. 5: a
// comma inside brackets parts names unless a given name follows; the
// dirham by country, TWD and HKD before 元, "tussen de X en Y" ranges,
// "$1.5-billion-dollar", "Dh", "NIS" and "RM" in English; "von 12 auf
// 12,41 Euro" gives the old level the new level's currency; Turkish and
// Indonesian dates' months and weekdays are no names; an integer id and a
// published_at that is a date alone, empty or null are read, where the
// document was a dead letter. 6: keys of persons with "qu" before e or i
// (Márquez, Jacques: the u is silent); Polish and Czech oblique full names
// read back with given names of the embedded name lists (Donalda Trumpa);
// a bare family name after two people of that name keeps its own key; a
// hyphenated given name is keyed by its first part (Jean-Pierre: Jean);
// "rose from 12 to 14 euros" is two levels, not a range; names over 200
// code points are not reported. 7: symbols such as emoji split the words
// of a name ("John🙂Smith" is John Smith), and so do trade marks (Apple™);
// Indian scale words (₹500 करोड़ is 5 billion rupees, was 500) and Indic
// digits; a document with neither id nor
// key replayed from the dead-letter topic keeps its first position as id;
// a repeated field is bad_json; in Spanish and Portuguese text a bare family
// name links to a full name that has it as first of two family names
// (Sánchez of Pedro Sánchez Pérez-Castejón), and so does the name without
// its last family name (Pedro Sánchez); with
// some types only (--types), the names are those of a run of every type; an
// amount of a million or more without a currency that compares with the one
// before it takes its currency ("from 4.3 billion a year earlier"); a change
// "from X to Y" in Nordic, Polish, Czech, Ukrainian and Portuguese text is
// two levels, and so is "by X to Y" when Y is five times X or more; in
// Romanian, Indonesian, Croatian, Hungarian and Finnish text a name of
// several words that begins or ends with the word for a kind of body is an
// organization ("Dewan Perwakilan Rakyat", "Gazdasági Versenyhivatal"), and
// Indonesian and Romanian titles are no part of a person; two
// scales joined by "and" are one amount; "bln" is 10^9 but in Polish and
// Dutch. 8: in English, German, Spanish, Portuguese and Dutch text an
// organization of several words neither begins nor ends with a lowercase
// word, and in Spanish, Portuguese and Dutch holds no lowercase word but
// articles, prepositions and conjunctions ("Nvidia beats estimates" is
// Nvidia); "a quarter of a million dollars" and "a quarter million
// dollars" are 250000 USD (was 1000000), "three-quarters of a billion" read,
// "a third of a million" no amount; "रु 300", "ರೂ 300", "ரூ.300" and Tamil's
// ரூபாய் are rupees (Nepal's in Nepali, Sri Lanka's in Tamil text about Sri
// Lanka); "liraydı"; language detection weighs lists of each language's
// frequent words, letters one candidate alone writes (ı, ț), Romanian's
// function words and no vowel-less abbreviations ("bln"), so short headlines
// are detected right more often ("Volkswagen to invest $5 bln in Rivian
// venture" was Italian), a short paragraph detected unsurely in another
// language than the longer ones takes theirs, and an English organization's
// possessive before a person's name is two names ("Fed's Waller"), and
// "and" is no part of a person's name ("Meloni and Macron"); "two
// and a half million" is 2.5 million (was "a half million"); the rupee of
// the country a text is about (Sri Lanka, Nepal, Pakistan), LKR, PKR, NPR
// and BDT codes. 9: the taggers retrained from the current code (eight of
// them were built before the tokens lost their invisible formatting
// characters; names and confidences move); Bengali টাকা, "taka" and "Tk"
// are read (BDT, or INR in a text about India and not Bangladesh); a number
// and its scale in one hyphenated word ("half-million-dollar",
// "two-million-euro"); names ending with a company's trade ("Nordhavn
// Capital", "Vexa Systems") are organizations, never persons; a capitalized
// word after a designator that no name holds begins an organization ("la
// fintech Pagaluce"); names ending with a legal form such as "S.r.l.",
// "S.A." or "Ltda." or with "Platforms" or "Labs" are organizations; "AI",
// "IPO", "CEO" and other initialisms of common nouns are no name alone; a
// name the tagger took for a place right after a designator is an
// organization ("la empresa Lunaverde"), and so is a person of one word
// that the name lists know only from companies' names ("OpenAI said");
// German compounds with an amount are read ("500-Millionen-Dollar-Auftrag");
// the taggers keep an ORGANIZATION bias only where val gains more than a
// retrain's noise (more organizations found, mostly in it, es, uk, cs); a
// person right after "Fondazione", "Universidad", "Banco"... is the body's
// name ("Fondazione Giorgio Armani").
const Version = "9"

// DefaultPrefix is the output topic prefix of the live pipeline.
const DefaultPrefix = "entities"

// Config configures a Worker. Only Brokers is required; NewWorker fills the
// other zero fields with the defaults documented on each field and validates
// the result once.
type Config struct {
	Brokers    []string // bootstrap brokers, host:port
	GroupID    string   // consumer group; default "entities"
	InputTopic string   // default "documents"
	Prefix     string   // output topic prefix; default "entities"
	DLQTopic   string   // dead-letter topic; default InputTopic+".dlq"

	Concurrency int           // extraction goroutines; default GOMAXPROCS
	MaxInFlight int           // fetched messages not yet committed; default 512
	BatchSize   int           // records per produce batch; default 200
	Linger      time.Duration // longest wait to fill a batch; default 5ms
	MaxBytes    int           // largest accepted document; default schema.DefaultMaxBytes (1 MiB)

	// CreateTopics creates missing topics with Partitions and Replication
	// (-1 or 0 means the broker's default). Without it a missing topic is an
	// error that names it.
	CreateTopics bool
	Partitions   int
	Replication  int

	CommitInterval  time.Duration // how often finished offsets are committed; default 200ms
	LagInterval     time.Duration // how often every owned partition's lag is set from the committed offsets; default 15s
	SessionTimeout  time.Duration // consumer-group session timeout; default 10s
	ShutdownTimeout time.Duration // finish, publish and commit after cancellation; default 30s

	TLS  *tls.Config    // nil: plain text
	SASL sasl.Mechanism // nil: no authentication
	// Dial opens connections to brokers; nil uses net.Dialer. Tests use it
	// to cut a worker off the network as a crash would.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)

	Version string       // pipeline_version; default Version
	Logger  *slog.Logger // default slog.Default()
	Metrics *Metrics     // nil: metrics are kept but not registered anywhere
	// ModelsLoaded, when set, is called once the warm-up has loaded the
	// models, before the worker joins its group (the command releases the
	// pages of the embedded model files there).
	ModelsLoaded func()
}

// Topics names the topics a worker reads and writes.
type Topics struct {
	Input        string
	Documents    string
	Person       string
	Organization string
	Money        string
	DLQ          string
}

// NewTopics derives the topic names from the input topic and the output
// prefix (entities.documents, entities.person, ..., documents.dlq).
func NewTopics(input, prefix string) Topics {
	return Topics{
		Input:        input,
		Documents:    prefix + ".documents",
		Person:       prefix + ".person",
		Organization: prefix + ".organization",
		Money:        prefix + ".money",
		DLQ:          input + ".dlq",
	}
}

// Entity returns the topic of an entity type, or "" for an unknown type.
func (t Topics) Entity(typ schema.Type) string {
	switch typ {
	case schema.Person:
		return t.Person
	case schema.Organization:
		return t.Organization
	case schema.Money:
		return t.Money
	}
	return ""
}

// Outputs lists the topics a worker writes to.
func (t Topics) Outputs() []string {
	return []string{t.Documents, t.Person, t.Organization, t.Money, t.DLQ}
}

// Distinct reports a topic used for two roles (a dead-letter topic that is
// the input, say: the worker would read its own dead letters again), and a
// name Kafka refuses ("bad name!", from a --prefix), before any topic is
// read or created.
func (t Topics) Distinct() error {
	var errs []error
	seen := map[string]bool{}
	for _, n := range append([]string{t.Input}, t.Outputs()...) {
		if seen[n] {
			errs = append(errs, fmt.Errorf("topic %q is used twice", n))
		}
		seen[n] = true
		if !validTopic(n) {
			errs = append(errs, fmt.Errorf("topic %q: Kafka takes names of 1 to 249 letters a-z and A-Z, digits, '.', '_' and '-'", n))
		}
	}
	return errors.Join(errs...)
}

// validTopic reports whether Kafka accepts name as a topic's name.
func validTopic(name string) bool {
	if name == "" || len(name) > 249 || name == "." || name == ".." {
		return false
	}
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// Topics returns the topic names of the configuration, defaults applied.
func (c Config) Topics() Topics {
	in, prefix := c.InputTopic, c.Prefix
	if in == "" {
		in = "documents"
	}
	if prefix == "" {
		prefix = DefaultPrefix
	}
	t := NewTopics(in, prefix)
	if c.DLQTopic != "" {
		t.DLQ = c.DLQTopic
	}
	return t
}

// withDefaults fills zero fields and checks the result.
func (c Config) withDefaults() (Config, error) {
	var bs []string
	for _, b := range c.Brokers {
		for _, s := range strings.Split(b, ",") {
			if s = strings.TrimSpace(s); s != "" {
				bs = append(bs, s)
			}
		}
	}
	c.Brokers = bs
	if c.GroupID == "" {
		c.GroupID = "entities"
	}
	if c.InputTopic == "" {
		c.InputTopic = "documents"
	}
	if c.Prefix == "" {
		c.Prefix = DefaultPrefix
	}
	if c.DLQTopic == "" {
		c.DLQTopic = c.InputTopic + ".dlq"
	}
	if c.Concurrency == 0 {
		c.Concurrency = runtime.GOMAXPROCS(0)
	}
	if c.MaxInFlight == 0 {
		c.MaxInFlight = 512
	}
	if c.BatchSize == 0 {
		c.BatchSize = 200
	}
	if c.Linger == 0 {
		c.Linger = 5 * time.Millisecond
	}
	if c.MaxBytes == 0 {
		c.MaxBytes = schema.DefaultMaxBytes
	}
	if c.LagInterval == 0 {
		c.LagInterval = 15 * time.Second
	}
	if c.CommitInterval == 0 {
		c.CommitInterval = 200 * time.Millisecond
	}
	if c.SessionTimeout == 0 {
		c.SessionTimeout = 10 * time.Second
	}
	if c.ShutdownTimeout == 0 {
		c.ShutdownTimeout = 30 * time.Second
	}
	if c.Version == "" {
		c.Version = Version
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics(nil)
	}
	var errs []error
	if len(c.Brokers) == 0 {
		errs = append(errs, errors.New("no brokers"))
	}
	for name, v := range map[string]int{"concurrency": c.Concurrency, "max in-flight": c.MaxInFlight, "batch size": c.BatchSize, "max document size": c.MaxBytes} {
		if v < 0 {
			errs = append(errs, fmt.Errorf("%s is %d, must be positive", name, v))
		}
	}
	for name, v := range map[string]time.Duration{"linger": c.Linger, "commit interval": c.CommitInterval, "lag interval": c.LagInterval, "session timeout": c.SessionTimeout, "shutdown timeout": c.ShutdownTimeout} {
		if v < 0 {
			errs = append(errs, fmt.Errorf("%s is %v, must be positive", name, v))
		}
	}
	if err := c.Topics().Distinct(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return c, fmt.Errorf("pipeline config: %w", err)
	}
	return c, nil
}
