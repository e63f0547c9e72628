module attio-studio

go 1.26.8
