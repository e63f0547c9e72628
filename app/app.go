// Package app is the desktop door to the studio: a Wails window whose page calls the session's
// API through Wails bindings and hears its events as Wails events. It is the only package that
// imports Wails.
package app

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/logger"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	wailsruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"attio-studio/backend/cli"
	"attio-studio/backend/studio"
)

// App is bound to the page as window.go.app.App: every method of studio.API, promoted.
type App struct {
	*studio.API
	session *studio.Session
	cancel  func()
	// ctx is the window's, which the native dialogs need; set when the window starts.
	ctx context.Context
}

// The Wails events the page hears: batches of the session's events, and word that some were
// dropped because the page fell too far behind (it then loads what it shows again).
const (
	eventsEvent        = "studio-events"
	eventsDroppedEvent = "studio-events-dropped"
)

func (a *App) startup(ctx context.Context) {
	a.ctx = ctx
	stream, cancel := context.WithCancel(ctx)
	a.cancel = cancel
	go a.emitEvents(stream)
}

// emitEvents sends the page the session's events in the batches Session.StreamEvents gathers,
// off the goroutines that publish them, until ctx ends.
func (a *App) emitEvents(ctx context.Context) {
	for {
		err := a.session.StreamEvents(ctx, func(batch []studio.Event) error {
			raw, err := studio.EncodeEvents(batch)
			if err != nil {
				wailsruntime.LogErrorf(ctx, "could not encode %d events: %v", len(batch), err)
				return nil
			}
			wailsruntime.EventsEmit(ctx, eventsEvent, json.RawMessage(raw))
			return nil
		})
		if !errors.Is(err, studio.ErrEventsDropped) {
			return
		}
		wailsruntime.EventsEmit(ctx, eventsDroppedEvent)
	}
}

func (a *App) shutdown(ctx context.Context) {
	if a.cancel != nil {
		a.cancel()
	}
}

// Run shows the studio window until the user closes it. It returns cli.ErrNoWindow when the
// binary was built without the window (no desktop build tags).
func Run(w cli.Window) error {
	a := &App{API: studio.NewAPI(w.Session), session: w.Session}
	err := wails.Run(&options.App{
		Title:            "Attio App Studio — " + w.Session.Manifest().App.Name,
		Width:            1280,
		Height:           800,
		MinWidth:         900,
		MinHeight:        600,
		BackgroundColour: &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		AssetServer:      &assetserver.Options{Assets: w.Frontend},
		OnStartup:        a.startup,
		OnShutdown:       a.shutdown,
		Bind:             []any{a},
		LogLevel:         logger.WARNING,
	})
	if err != nil && strings.Contains(err.Error(), "build tags") {
		return cli.ErrNoWindow
	}
	return err
}
