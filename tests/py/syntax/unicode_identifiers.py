# UTF-8 identifiers and string contents
é = 1
naïve = 'ok'
Σ = [é, naïve]
print(Σ)
def grüße(name):
    return 'hallo ' + name
print(grüße('wörld'))
print(len('日本語'), '日本語'[1])
