package httpapi

import (
	"embed"
	"io/fs"
	"net/http"
)

// webFS is the viewer page: HTML, CSS and script, served from the binary so
// the page needs no network but this server.
//
//go:embed web
var webFS embed.FS

func page(static fs.FS) http.Handler {
	index, err := fs.ReadFile(static, "index.html")
	if err != nil {
		panic("httpapi: embedded index.html missing: " + err.Error())
	}
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(index)
	})
}
