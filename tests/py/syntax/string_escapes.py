# escape sequences in str literals
print(repr('\n\t\r\\\'\"\a\b\f\v\0'))
print(ord('\101'), ord('\x41'), ord('\u0041'), ord('\U00000041'))
print('\u00e9' == 'é', len('\u00e9'), len('\U0001F600'))

print("a\
b")
print('''line1
line2''')
print("""quote " inside""", '''quote ' inside''')
print('tab\there')
print(repr("\x7f"), repr('\377'), ord('\400'))
