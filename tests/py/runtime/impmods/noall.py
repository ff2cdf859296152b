public = 'p'
_private = 'q'
