" Vim indent file
" Language: NNet (.nnet)
" One level more after a line that leaves a bracket open; one less on a line that starts by
" closing one.

if exists("b:did_indent")
  finish
endif
let b:did_indent = 1

setlocal indentexpr=GetNNetIndent(v:lnum)
setlocal indentkeys=0},0],0),!^F,o,O
setlocal autoindent
let b:undo_indent = "setlocal indentexpr< indentkeys< autoindent<"

if exists("*GetNNetIndent")
  finish
endif

" The code of a line without its strings and comment.
function! s:Code(line) abort
  let code = substitute(a:line, '"\%([^"\\]\|\\.\)*"', '""', 'g')
  return substitute(code, '#.*$', '', '')
endfunction

" The brackets a line opens less those it closes, not counting the closings at its start (they
" dedent the line itself): above 0 the next line goes in, below 0 it comes back out.
function! s:Balance(line) abort
  let balance = 0
  let leading = 1
  for c in split(s:Code(a:line), '\zs')
    if c =~ '[]})]'
      if !leading
        let balance -= 1
      endif
    elseif c =~ '[[{(]'
      let balance += 1
      let leading = 0
    elseif c !~ '\s'
      let leading = 0
    endif
  endfor
  return balance
endfunction

function! GetNNetIndent(lnum) abort
  let prev = prevnonblank(a:lnum - 1)
  if prev == 0
    return 0
  endif
  let ind = indent(prev)
  let balance = s:Balance(getline(prev))
  if balance > 0
    let ind += shiftwidth()
  elseif balance < 0
    let ind -= shiftwidth()
  endif
  if getline(a:lnum) =~ '^\s*[]})]'
    let ind -= shiftwidth()
  endif
  return max([ind, 0])
endfunction
