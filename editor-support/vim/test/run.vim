" Headless tests of the NNet syntax and indent files, run as
"   vim -es -N -u NONE -i NONE --cmd 'set rtp^=editor-support/vim' -S editor-support/vim/test/run.vim
" from the repository's root. Writes what failed to g:nnet_test_results (test-results.txt beside
" this file unless set) and exits
" with 1 (:cquit) when anything failed, 0 otherwise.
filetype plugin indent on
syntax on
let s:dir = expand('<sfile>:p:h')
let s:failures = []

" The syntax group at the {occurrence}th {text} on line {lnum}, first character.
function! s:Expect(lnum, text, occurrence, group) abort
  let col = -1
  for i in range(a:occurrence)
    let col = stridx(getline(a:lnum), a:text, col + 1)
    if col < 0
      call add(s:failures, printf('line %d: no %s #%d', a:lnum, a:text, i + 1))
      return
    endif
  endfor
  for c in range(col + 1, col + len(a:text))
    let got = synIDattr(synID(a:lnum, c, 1), 'name')
    if got !=# a:group
      call add(s:failures, printf('line %d col %d (%s #%d): expected %s, got %s', a:lnum, c, a:text,
            \ a:occurrence, a:group, got == '' ? '(nothing)' : got))
      return
    endif
  endfor
endfunction

execute 'edit ' . fnameescape(s:dir . '/syntax.nnet')
if &filetype !=# 'nnet'
  call add(s:failures, 'ftdetect: filetype of syntax.nnet is "' . &filetype . '", not "nnet"')
endif
call s:Expect(1, '# A comment', 1, 'nnetComment')
call s:Expect(1, 'TODO', 1, 'nnetTodo')
call s:Expect(2, 'let', 1, 'nnetDeclaration')
call s:Expect(2, 'rate', 1, 'nnetDefinedName')
call s:Expect(2, '=', 1, 'nnetOperator')
call s:Expect(2, '0.5', 1, 'nnetFloat')
call s:Expect(3, '60_000', 1, 'nnetNumber')
call s:Expect(3, '+', 1, 'nnetOperator')
call s:Expect(3, '1e-3', 1, 'nnetFloat')
call s:Expect(3, '2.5E+4', 1, 'nnetFloat')
call s:Expect(3, '3', 2, 'nnetNumber')
call s:Expect(3, '%', 1, 'nnetOperator')
call s:Expect(4, '"data/iris.csv"', 1, 'nnetString')
call s:Expect(5, '\"', 1, 'nnetEscape')
call s:Expect(5, '\\', 1, 'nnetEscape')
call s:Expect(5, '\n', 1, 'nnetEscape')
call s:Expect(5, '\t', 1, 'nnetEscape')
call s:Expect(5, '\d', 1, 'nnetBadEscape')
call s:Expect(6, '"never closed', 1, 'nnetUnterminatedString')
call s:Expect(7, '[', 1, 'nnetBrace')
call s:Expect(7, 'true', 1, 'nnetBoolean')
call s:Expect(7, ',', 1, 'nnetDelimiter')
call s:Expect(7, 'false', 1, 'nnetBoolean')
call s:Expect(8, '$', 1, 'nnetError')
call s:Expect(9, 'dataset', 1, 'nnetDeclaration')
call s:Expect(9, 'iris', 1, 'nnetDefinedName')
call s:Expect(9, 'iris', 2, 'nnetSource')
call s:Expect(9, '{', 1, 'nnetBrace')
call s:Expect(10, 'split', 1, 'nnetOptionName')
call s:Expect(10, ':', 1, 'nnetDelimiter')
call s:Expect(10, 'train', 1, 'nnetOptionName')
call s:Expect(10, 'validation', 1, 'nnetOptionName')
call s:Expect(10, 'test', 1, 'nnetOptionName')
call s:Expect(11, 'standard', 1, 'nnetNormalization')
call s:Expect(13, 'model', 1, 'nnetDeclaration')
call s:Expect(13, 'net', 1, 'nnetDefinedName')
call s:Expect(14, 'input', 1, 'nnetKeyword')
call s:Expect(15, 'dense', 1, 'nnetLayer')
call s:Expect(15, '(', 1, 'nnetBrace')
call s:Expect(15, 'activation', 1, 'nnetOptionName')
call s:Expect(15, 'relu', 1, 'nnetActivation')
call s:Expect(15, 'he_uniform', 1, 'nnetInitializer')
call s:Expect(15, 'true', 1, 'nnetBoolean')
call s:Expect(16, 'softmax', 1, 'nnetActivation')
call s:Expect(18, 'train', 1, 'nnetStatement')
call s:Expect(18, 'on', 1, 'nnetKeyword')
call s:Expect(18, 'iris', 1, 'nnetSource')
call s:Expect(18, 'train', 2, 'nnetMember')
call s:Expect(19, 'loss', 1, 'nnetOptionName')
call s:Expect(19, 'cross_entropy', 1, 'nnetLoss')
call s:Expect(20, 'adam', 1, 'nnetOptimizer')
call s:Expect(20, 'learning_rate', 1, 'nnetOptionName')
call s:Expect(21, 'full', 1, 'nnetBatchSize')
call s:Expect(23, 'evaluate', 1, 'nnetStatement')
call s:Expect(23, 'test', 1, 'nnetMember')
call s:Expect(23, 'metrics', 1, 'nnetOptionName')
call s:Expect(23, 'accuracy', 1, 'nnetMetric')
call s:Expect(23, 'loss', 1, 'nnetMetric')
call s:Expect(24, 'predict', 1, 'nnetStatement')
call s:Expect(24, ';', 1, 'nnetDelimiter')
call s:Expect(24, 'print', 1, 'nnetStatement')
call s:Expect(25, 'def', 1, 'nnetDeclaration')
call s:Expect(25, 'swish', 1, 'nnetDefinedName')
call s:Expect(25, '@', 1, 'nnetOperator')
call s:Expect(26, 'for', 1, 'nnetRepeat')
call s:Expect(26, 'in', 1, 'nnetRepeat')
call s:Expect(26, '1', 1, 'nnetNumber')
call s:Expect(26, '..', 1, 'nnetOperator')
call s:Expect(26, '2000', 1, 'nnetNumber')
call s:Expect(27, 'backward', 1, 'nnetStatement')
call s:Expect(27, 'step', 1, 'nnetStatement')
call s:Expect(28, 'if', 1, 'nnetConditional')
call s:Expect(28, '==', 1, 'nnetOperator')
call s:Expect(28, 'and', 1, 'nnetLogical')
call s:Expect(28, 'not', 1, 'nnetLogical')
call s:Expect(28, '>=', 1, 'nnetOperator')
call s:Expect(28, 'or', 1, 'nnetLogical')
call s:Expect(28, '!=', 1, 'nnetOperator')
call s:Expect(28, 'sum', 1, 'nnetFunction')
call s:Expect(28, 'mean', 1, 'nnetFunction')
call s:Expect(28, 'else', 1, 'nnetConditional')
call s:Expect(28, 'exp', 1, 'nnetFunction')
call s:Expect(28, '<', 1, 'nnetOperator')
call s:Expect(28, 'log', 1, 'nnetFunction')
call s:Expect(30, '!', 1, 'nnetError')

" Indentation: strip every line of indent.nnet, indent it again, compare.
execute 'edit ' . fnameescape(s:dir . '/indent.nnet')
let s:expected = getline(1, '$')
silent %s/^\s\+//e
silent normal! gg=G
let s:got = getline(1, '$')
for s:i in range(len(s:expected))
  if s:got[s:i] !=# s:expected[s:i]
    call add(s:failures, printf('indent line %d: expected "%s", got "%s"', s:i + 1, s:expected[s:i], s:got[s:i]))
  endif
endfor
set nomodified

call writefile(s:failures, get(g:, 'nnet_test_results', s:dir . '/test-results.txt'))
if empty(s:failures)
  qall!
else
  cquit!
endif
