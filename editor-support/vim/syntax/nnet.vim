" Vim syntax file
" Language: NNet (.nnet), the declarative neural-network language
" The words below are the lexer's keywords and the checker's built-in words
" (dev.nnet.syntax.Lexemes.keywords(), dev.nnet.check.Vocabulary.allWords());
" EditorVocabularyTest fails when one of them is missing here.

if exists("b:current_syntax")
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

syn iskeyword a-z,A-Z,48-57,_
syn case match

" Keywords
syn keyword nnetDeclaration let def dataset model nextgroup=nnetDefinedName skipwhite
syn keyword nnetStatement train evaluate predict save summary plot print backward step
syn keyword nnetKeyword on to input
syn keyword nnetRepeat for in
syn keyword nnetConditional if else
syn keyword nnetLogical and or not
syn keyword nnetBoolean true false
syn match nnetDefinedName "\h\w*" contained

" Built-in words, by category (dev.nnet.check.Word.Category)
syn keyword nnetActivation sigmoid tanh relu leaky_relu elu gelu silu softplus softmax log_softmax linear
syn keyword nnetLayer dense dropout batch_norm layer_norm conv2d max_pool avg_pool flatten reshape
syn keyword nnetLoss mse mae huber binary_cross_entropy cross_entropy nll
syn keyword nnetOptimizer sgd adam adamw adagrad rmsprop rprop
syn keyword nnetSource csv iris xor spirals moons blobs regression idx load
syn keyword nnetNormalization standard minmax none
syn keyword nnetMetric accuracy loss precision recall f1 confusion_matrix roc_auc r2
syn keyword nnetSchedule step_decay exponential cosine warmup reduce_on_plateau
syn keyword nnetInitializer xavier_uniform xavier_normal he_uniform he_normal zeros normal uniform
syn keyword nnetBatchSize full
syn keyword nnetFunction sum mean exp log

" Punctuation and operators
syn match nnetOperator "[=!<>]=\|[-+*/%=@<>]"
syn match nnetDelimiter "[,;:.]"
syn match nnetOperator "\.\."
syn match nnetBrace "[][{}()]"

" An option or named argument, keyword or not: `loss:`, `split: {train: 0.7}`. The item starts
" at the bracket, comma or line start before the name, so that it wins over the keywords.
syn match nnetOptionName "\h\w*" contained
syn match nnetOptionItem "\%(^\|[{,(;]\)\s*\h\w*\ze\s*:" transparent contains=nnetOptionName,nnetBrace,nnetDelimiter
" A member, keyword or not: `iris.train`.
syn match nnetMember "\h\w*" contained
syn match nnetMemberItem "\.\s*\h\w*" transparent contains=nnetMember,nnetDelimiter

" Numbers: 42, 60_000, 0.5, 1e-3, 2.5E+4
syn match nnetNumber "\<\d\%(_\=\d\)*\>"
syn match nnetFloat "\<\d\%(_\=\d\)*\%(\.\d\%(_\=\d\)*\%([eE][+-]\=\d\+\)\=\|[eE][+-]\=\d\+\)\>"

" A character that is not part of the language (E0103)
syn match nnetError '[^ \t\r\nA-Za-z0-9_#"+*/%=:;,.(){}[\]<>@!-]'
syn match nnetError '!=\@!'

" Strings, on one line; escapes \" \\ \n \t, any other is an error (E0105)
syn region nnetString start=+"+ skip=+\\.+ end=+"+ oneline contains=nnetEscape,nnetBadEscape
syn match nnetBadEscape +\\.+ contained
syn match nnetEscape +\\[\\"nt]+ contained
" A string whose line ends before its closing quote (E0102)
syn match nnetUnterminatedString '"\%([^"\\]\|\\.\)*$'

" Comments
syn keyword nnetTodo TODO FIXME XXX NOTE contained
syn match nnetComment "#.*$" contains=nnetTodo,@Spell

hi def link nnetDeclaration Keyword
hi def link nnetStatement Statement
hi def link nnetKeyword Keyword
hi def link nnetRepeat Repeat
hi def link nnetConditional Conditional
hi def link nnetLogical Operator
hi def link nnetFunction Function
hi def link nnetBoolean Boolean
hi def link nnetDefinedName Identifier
hi def link nnetActivation Function
hi def link nnetLayer Function
hi def link nnetLoss Function
hi def link nnetOptimizer Function
hi def link nnetSource Function
hi def link nnetSchedule Function
hi def link nnetNormalization Constant
hi def link nnetMetric Constant
hi def link nnetInitializer Constant
hi def link nnetBatchSize Constant
hi def link nnetOptionName Identifier
hi def link nnetMember Identifier
hi def link nnetOperator Operator
hi def link nnetDelimiter Delimiter
hi def link nnetBrace Delimiter
hi def link nnetNumber Number
hi def link nnetFloat Float
hi def link nnetString String
hi def link nnetEscape SpecialChar
hi def link nnetBadEscape Error
hi def link nnetUnterminatedString Error
hi def link nnetError Error
hi def link nnetComment Comment
hi def link nnetTodo Todo

let b:current_syntax = "nnet"
let &cpo = s:cpo_save
unlet s:cpo_save
