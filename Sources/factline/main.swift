print("factline")
