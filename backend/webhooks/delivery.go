package webhooks

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"time"
	"unicode/utf8"

	"attio-studio/backend/store"
)

const deliveriesBucket = "webhook_deliveries"

// MaxDeliveries is how many deliveries are kept; older ones are dropped as new ones arrive.
const MaxDeliveries = 200

// MaxCapturedBody caps each body kept with a delivery. A delivery cut to it cannot be replayed.
const MaxCapturedBody = 1 << 20

// ErrDeliveryNotFound means no kept delivery has the id (it never existed or was dropped).
var ErrDeliveryNotFound = errors.New("webhook delivery not found")

// Where a delivery came from.
const (
	OriginHTTP     = "http"     // a request to the loopback server: the third party, curl, ...
	OriginComposer = "composer" // Send, from the studio's request composer or command line
	OriginReplay   = "replay"   // Replay of a kept delivery
	OriginCallback = "callback" // a mock rule's scheduled callback (DeliverFile)
)

// HeaderField is one header line. Lists of them keep the order and repeats of a request.
type HeaderField struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Message is one side of a delivery as kept: its headers and its body, capped.
type Message struct {
	Headers []HeaderField `json:"headers,omitempty"`
	Body    string        `json:"body,omitempty"`
	// Base64 says Body is base64, because the bytes are not UTF-8 text.
	Base64 bool `json:"base64,omitempty"`
	// Size is the length of the whole body; Truncated says Body holds only its first
	// MaxCapturedBody bytes.
	Size      int  `json:"size"`
	Truncated bool `json:"truncated,omitempty"`
}

// Delivery is one request a webhook handler URL received and what the sender got back.
type Delivery struct {
	ID        string  `json:"id"`
	HandlerID string  `json:"handlerId"`
	FileName  string  `json:"fileName,omitempty"` // empty when no handler had the id
	Origin    string  `json:"origin"`
	ReplayOf  string  `json:"replayOf,omitempty"` // the delivery a replay repeated
	Method    string  `json:"method"`
	URL       string  `json:"url"`
	Request   Message `json:"request"`
	// Signing is how the studio signed the request (composer, replay, callback), so a replay
	// signs again. It holds the secret, which stays in the app's local data file.
	Signing  *Signing `json:"signing,omitempty"`
	Status   int      `json:"status"`
	Response Message  `json:"response"`
	// Error says why the handler did not answer for itself (no such handler, too large, the
	// handler threw, the studio has no build); the sender got Status with that message.
	Error string `json:"error,omitempty"`
	// CallID is the recorded call that ran the handler; ParentCallID the call that caused the
	// delivery (the server call whose mock answer scheduled a callback).
	CallID       string    `json:"callId,omitempty"`
	ParentCallID string    `json:"parentCallId,omitempty"`
	Started      time.Time `json:"started"`
	DurationMs   float64   `json:"durationMs"`
}

// capture keeps body and headers as a Message.
func capture(header http.Header, body []byte) Message {
	m := Message{Headers: headerFields(header), Size: len(body)}
	if len(body) > MaxCapturedBody {
		body, m.Truncated = body[:MaxCapturedBody], true
	}
	if utf8.Valid(body) {
		m.Body = string(body)
	} else {
		m.Body, m.Base64 = base64.StdEncoding.EncodeToString(body), true
	}
	return m
}

// Bytes returns the kept body.
func (m Message) Bytes() ([]byte, error) {
	if m.Base64 {
		return base64.StdEncoding.DecodeString(m.Body)
	}
	return []byte(m.Body), nil
}

// headerFields lists h sorted by name, each value of a repeated header on its own line.
func headerFields(h http.Header) []HeaderField {
	names := make([]string, 0, len(h))
	for name := range h {
		names = append(names, name)
	}
	sort.Strings(names)
	var out []HeaderField
	for _, name := range names {
		for _, v := range h[name] {
			out = append(out, HeaderField{Name: name, Value: v})
		}
	}
	return out
}

func toHeader(fields []HeaderField) http.Header {
	h := http.Header{}
	for _, f := range fields {
		h.Add(f.Name, f.Value)
	}
	return h
}

// newDeliveryID reserves the id of the next delivery; ids sort in arrival order.
func (s *Server) newDeliveryID() (string, error) {
	var id string
	err := s.handlers.store.Update(func(tx *store.Tx) error {
		n, err := tx.NextSequence(deliveriesBucket)
		id = fmt.Sprintf("%012d", n)
		return err
	})
	return id, err
}

// keep saves d and drops the oldest deliveries beyond MaxDeliveries, then tells subscribers.
func (s *Server) keep(d Delivery) {
	err := s.handlers.store.Update(func(tx *store.Tx) error {
		if err := tx.Put(deliveriesBucket, d.ID, d); err != nil {
			return err
		}
		// Counted by hand: a bucket's statistics miss what this transaction wrote.
		var keys []string
		err := tx.ForEach(deliveriesBucket, func(key string, _ []byte) error {
			keys = append(keys, key)
			return nil
		})
		if err != nil || len(keys) <= MaxDeliveries {
			return err
		}
		for _, key := range keys[:len(keys)-MaxDeliveries] {
			if err := tx.Delete(deliveriesBucket, key); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.logger.Error("could not keep a webhook delivery", "id", d.ID, "err", err)
	}
	s.publish(d)
}

var errStop = errors.New("stop")

// Deliveries returns up to limit kept deliveries, newest first; limit <= 0 means all.
func (s *Server) Deliveries(limit int) ([]Delivery, error) {
	list := []Delivery{}
	err := s.handlers.store.View(func(tx *store.Tx) error {
		return tx.ForEachReverse(deliveriesBucket, func(_ string, raw []byte) error {
			if limit > 0 && len(list) >= limit {
				return errStop
			}
			var d Delivery
			if err := json.Unmarshal(raw, &d); err != nil {
				return fmt.Errorf("decode a webhook delivery: %w", err)
			}
			list = append(list, d)
			return nil
		})
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return list, err
}

// Delivery returns the kept delivery id, or an error wrapping ErrDeliveryNotFound.
func (s *Server) Delivery(id string) (Delivery, error) {
	var d Delivery
	var found bool
	err := s.handlers.store.View(func(tx *store.Tx) error {
		var err error
		found, err = tx.Get(deliveriesBucket, id, &d)
		return err
	})
	if err == nil && !found {
		err = fmt.Errorf("%q: %w", id, ErrDeliveryNotFound)
	}
	return d, err
}

// Subscribe calls fn with each delivery once it is kept, until cancel is called. fn runs on
// the goroutine of the delivery and must not block.
func (s *Server) Subscribe(fn func(Delivery)) (cancel func()) {
	s.subMu.Lock()
	defer s.subMu.Unlock()
	s.subSeq++
	id := s.subSeq
	if s.subs == nil {
		s.subs = map[int]func(Delivery){}
	}
	s.subs[id] = fn
	return func() {
		s.subMu.Lock()
		delete(s.subs, id)
		s.subMu.Unlock()
	}
}

func (s *Server) publish(d Delivery) {
	s.subMu.Lock()
	fns := make([]func(Delivery), 0, len(s.subs))
	for _, fn := range s.subs {
		fns = append(fns, fn)
	}
	s.subMu.Unlock()
	for _, fn := range fns {
		fn(d)
	}
}
