// Command attio-studio runs an Attio app locally: a window (or a loopback web page) showing a
// mock Attio record page on which the app's own actions, widgets and server code run offline.
package main

func main() {}
