// Package webcrypto gives the server runtime the Web Crypto API apps use: crypto.randomUUID,
// crypto.getRandomValues, and crypto.subtle with SHA digests and HMAC keys (import, generate,
// export, sign, verify), enough to verify webhook signatures. The algorithms are Go's crypto
// packages behind a small JavaScript binding.
package webcrypto

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	_ "embed"
	"encoding/base64"
	"fmt"
	"hash"

	"github.com/dop251/goja"

	"attio-studio/backend/runtime/dom"
	"attio-studio/backend/runtime/host"
)

//go:embed webcrypto.js
var webcryptoJS string

var shim = host.NewShim("webcrypto.js", webcryptoJS)

// Module installs crypto, Crypto, SubtleCrypto and CryptoKey.
func Module() host.Module {
	return host.Module{Name: "webcrypto",
		Globals: []string{"crypto", "Crypto", "SubtleCrypto", "CryptoKey"},
		Install: func(env *host.Env) error {
			doms, err := dom.Internals(env)
			if err != nil {
				return err
			}
			_, err = shim.Run(env, bindings(env, doms.Get("DOMException")))
			return err
		}}
}

// bindings draw random values from the call's world, so a deterministic replay of the call
// gets the same UUIDs, random bytes and generated keys.
func bindings(env *host.Env, domException goja.Value) map[string]any {
	vm := env.VM
	buffer := func(b []byte) goja.ArrayBuffer { return vm.NewArrayBuffer(b) }
	return map[string]any{
		"DOMException": domException,
		"randomUUID":   func() string { return env.World.UUID() },
		"fill": func(b []byte) {
			_, _ = env.World.Read(b) // never fails
		},
		"randomBytes": func(n int) goja.ArrayBuffer {
			b := make([]byte, n)
			_, _ = env.World.Read(b)
			return buffer(b)
		},
		"digest": func(alg string, data []byte) goja.ArrayBuffer {
			h := mustHash(vm, alg)()
			h.Write(data)
			return buffer(h.Sum(nil))
		},
		"sign": func(alg string, key, data []byte) goja.ArrayBuffer {
			return buffer(Sign(mustHash(vm, alg), key, data))
		},
		"verify": func(alg string, key, signature, data []byte) bool {
			return hmac.Equal(Sign(mustHash(vm, alg), key, data), signature)
		},
		"toBase64URL": func(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) },
		"fromBase64URL": func(s string) goja.Value {
			b, err := base64.RawURLEncoding.DecodeString(s)
			if err != nil {
				return goja.Null()
			}
			return vm.ToValue(buffer(b))
		},
	}
}

// Hash returns the hash named as Web Crypto names it ("SHA-256"), or nil.
func Hash(name string) func() hash.Hash {
	switch name {
	case "SHA-1":
		return sha1.New
	case "SHA-256":
		return sha256.New
	case "SHA-384":
		return sha512.New384
	case "SHA-512":
		return sha512.New
	}
	return nil
}

func mustHash(vm *goja.Runtime, name string) func() hash.Hash {
	h := Hash(name)
	if h == nil {
		// The JavaScript side normalizes names first; reaching here is a bug in the binding.
		host.Throw(vm, "Error", fmt.Sprintf("the studio has no hash %q", name))
	}
	return h
}

// Sign is HMAC with the hash h.
func Sign(h func() hash.Hash, key, data []byte) []byte {
	mac := hmac.New(h, key)
	mac.Write(data)
	return mac.Sum(nil)
}
