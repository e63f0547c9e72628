package workspace

import (
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"attio-studio/backend/store"
)

// The workspace's buckets all start with bucketPrefix, so Reset can drop exactly them.
const (
	bucketPrefix      = "workspace"
	bucketInfo        = "workspace"
	bucketObjects     = "workspace/objects"
	bucketMembers     = "workspace/members"
	bucketConnections = "workspace/connections"
	infoKey           = "info"
)

func recordsBucket(objectID string) string { return "workspace/records/" + objectID }

func uniqueBucket(objectID, attributeID string) string {
	return "workspace/unique/" + objectID + "/" + attributeID
}

// Workspace is the mock Attio workspace stored in one store. It is safe for concurrent use.
type Workspace struct {
	st     *store.Store
	logger *slog.Logger
	now    func() time.Time

	subsMu  sync.Mutex
	subs    map[int]func(Change)
	nextSub int

	cat    atomic.Pointer[catalog] // the last catalog read; see catalog.go
	orders orderCache              // the last full sort; see order_cache.go
	// webhooks counts the changes to Attio webhooks; webhookCount is how many there were at
	// one of those generations (see HasWebhooks).
	webhooks     atomic.Int64
	webhookCount atomic.Pointer[webhookCount]
}

// Open returns the workspace kept in st, first creating the default workspace (Acme, its
// members, people, companies and deals) in one transaction when st has none yet.
func Open(st *store.Store, logger *slog.Logger) (*Workspace, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	w := &Workspace{st: st, logger: logger, now: time.Now, subs: map[int]func(Change){}}
	var exists, old bool
	err := st.View(func(tx *store.Tx) error {
		exists = tx.GetRaw(bucketInfo, infoKey) != nil
		var err error
		old, err = needsMigration(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("open workspace: %w", err)
	}
	if exists && old {
		if err := st.Update(migrate); err != nil {
			return nil, fmt.Errorf("rebuild the workspace's indexes: %w", err)
		}
		logger.Info("rebuilt the workspace's indexes for this studio version")
	}
	if exists {
		return w, nil
	}
	if err := st.Update(createDefault); err != nil {
		return nil, fmt.Errorf("create the default workspace: %w", err)
	}
	logger.Info("created the default workspace", "name", defaultInfo.Name)
	return w, nil
}

// Info identifies the workspace.
func (w *Workspace) Info() (Info, error) {
	var info Info
	err := w.st.View(func(tx *store.Tx) error {
		_, err := tx.Get(bucketInfo, infoKey, &info)
		return err
	})
	return info, err
}

// Reset replaces everything in the workspace (objects, attributes, records, members and
// connections) with the default workspace, whose ids are the same every time.
func (w *Workspace) Reset() error {
	defer w.webhooks.Add(1)
	err := w.st.Update(func(tx *store.Tx) error {
		if err := dropWorkspace(tx); err != nil {
			return err
		}
		return createDefault(tx)
	})
	if err != nil {
		return fmt.Errorf("reset the workspace: %w", err)
	}
	w.logger.Info("reset the workspace to the default")
	w.publish([]Change{{Kind: ChangeReset}})
	return nil
}

func getInfo(tx *store.Tx) (Info, error) {
	var info Info
	found, err := tx.Get(bucketInfo, infoKey, &info)
	if err == nil && !found {
		err = fmt.Errorf("the store has no workspace")
	}
	return info, err
}
