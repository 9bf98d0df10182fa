package replay

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"

	"github.com/segmentio/kafka-go"
	"golang.org/x/sync/errgroup"

	"entities/pipeline"
)

// ReprocessConfig configures Reprocess.
type ReprocessConfig struct {
	Conn      Conn
	Plan      Plan                // the input range, from NewPlan
	Processor *pipeline.Processor // builds the output records (its topics decide where they go)
	Publisher *pipeline.Publisher // writes them with acks from all in-sync replicas
	// InFlight bounds the messages being extracted or published at once;
	// publishing waits on acks, so it is several times the cores. Default
	// 16 x GOMAXPROCS.
	InFlight int
	// Progress, if set, is called after each message with the count done,
	// from several goroutines at once.
	Progress func(done int64)
}

// Stats counts what a reprocessing run did.
type Stats struct {
	Messages    int64 // input messages read (transaction markers apart)
	Markers     int64 // transactions' commit and abort markers skipped
	Documents   int64 // results published to <prefix>.documents
	DeadLetters int64 // messages sent to the dead-letter topic
	Records     int64 // records published in all
}

// Reprocess runs every message of the plan through the processor and
// publishes what it produces. It returns when all of it is acknowledged, or
// at the first error; the stats count what was acknowledged.
func Reprocess(ctx context.Context, cfg ReprocessConfig) (Stats, error) {
	if cfg.Processor == nil || cfg.Publisher == nil {
		return Stats{}, errors.New("replay: reprocess needs a processor and a publisher")
	}
	if cfg.InFlight <= 0 {
		cfg.InFlight = 16 * runtime.GOMAXPROCS(0)
	}
	var st struct{ msgs, docs, dead, recs, done, markers atomic.Int64 }
	var order pipeline.KeyOrder // outputs of one key publish in input order
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(cfg.InFlight + 1)
	g.Go(func() error {
		return Read(gctx, cfg.Conn, cfg.Plan, func(m kafka.Message) error {
			if pipeline.IsControlRecord(m) {
				st.markers.Add(1) // a transaction's marker: no document
				return nil
			}
			st.msgs.Add(1)
			turn := order.Enter(m)
			g.Go(func() error {
				defer turn.Leave()
				out, err := cfg.Processor.Process(gctx, m)
				if err != nil {
					return err
				}
				// an earlier version of the document publishes first
				if err := turn.Wait(gctx); err != nil {
					return err
				}
				if err := cfg.Publisher.Publish(gctx, out.Records...); err != nil {
					return fmt.Errorf("publish output of %s/%d@%d: %w", m.Topic, m.Partition, m.Offset, err)
				}
				if out.Failure != nil {
					st.dead.Add(1)
				} else {
					st.docs.Add(1)
				}
				st.recs.Add(int64(len(out.Records)))
				if cfg.Progress != nil {
					cfg.Progress(st.done.Add(1))
				}
				return nil
			})
			return nil
		})
	})
	err := g.Wait()
	return Stats{Messages: st.msgs.Load(), Documents: st.docs.Load(), DeadLetters: st.dead.Load(), Records: st.recs.Load(),
		Markers: st.markers.Load()}, err
}
