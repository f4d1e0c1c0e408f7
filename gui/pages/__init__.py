"""One module per step of the window: Open, Map, Check, Preview, Send, Results."""
