// The NNet language. This file is the single source of the language's words: the parser, the
// documentation (docs/language.md) and the editor grammars follow it.
//
// Statements end at the end of a line or at ';'. A line break is not an end where the statement
// cannot end yet: inside ( ) or [ ], after an operator, a comma or a colon, and inside a { } that
// opens a value (a record such as {train: 0.7, test: 0.3}). NNetTokenFilter drops those line
// breaks before the parser sees them, so the rules below only meet NL where it ends something.
grammar NNet;

program
    : sep? (statement (sep statement)*)? sep? EOF
    ;

sep
    : (NL | ';')+
    ;

statement
    : LET name=IDENT '=' expr                                  # letStatement
    | DEF name=IDENT '(' parameters? ')' '=' expr              # defStatement
    | DATASET name=IDENT '=' source=expr optionBlock?          # datasetStatement
    | MODEL name=IDENT modelBody                               # modelStatement
    | MODEL name=IDENT '=' source=expr                         # modelFileStatement
    | TRAIN model=IDENT ON data=expr optionBlock               # trainStatement
    | EVALUATE model=IDENT ON data=expr optionBlock?           # evaluateStatement
    | PREDICT model=IDENT ON input=expr (TO output=expr)?      # predictStatement
    | SAVE model=IDENT TO path=expr                            # saveStatement
    | SUMMARY model=IDENT                                      # summaryStatement
    | PLOT model=IDENT TO path=expr optionBlock?               # plotStatement
    | PRINT printArguments                                     # printStatement
    | FOR variable=IDENT IN iterable=expr block                # forStatement
    | IF condition=expr block (sep? ELSE (block | elseIf=statement))?  # ifStatement
    | BACKWARD expr                                            # backwardStatement
    | STEP optimizer=expr ON model=IDENT                       # stepStatement
    ;

parameters
    : IDENT (',' IDENT)* ','?
    ;

block
    : '{' sep? (statement (sep statement)*)? sep? '}'
    ;

printArguments
    : '(' (expr (',' expr)*)? ')'
    | expr (',' expr)*
    ;

optionBlock
    : '{' sep? (option (sep option)*)? sep? '}'
    ;

option
    : name=word ':' expr
    ;

// Option names and members may be keywords: `split: {train: 0.7}`, `iris.train`.
word
    : IDENT | LET | DEF | DATASET | MODEL | TRAIN | EVALUATE | PREDICT | PRINT | ON | INPUT | FOR | IN | IF
    | ELSE | BACKWARD | STEP | AND | OR | NOT | SAVE | TO | SUMMARY | PLOT
    ;

modelBody
    : '{' sep? (modelItem (sep modelItem)*)? sep? '}'
    ;

modelItem
    : INPUT expr                                               # inputItem
    | name=IDENT ('(' arguments? ')')?                         # layerItem
    ;

arguments
    : argument (',' argument)* ','?
    ;

argument
    : (name=IDENT ':')? expr
    ;

expr
    : expr '(' arguments? ')'                                  # callExpr
    | expr '.' member=word                                     # memberExpr
    | op=('-' | '+') expr                                      # unaryExpr
    | expr op=('*' | '/' | '%' | '@') expr                     # multiplicativeExpr
    | expr op=('+' | '-') expr                                 # additiveExpr
    | expr op='..' expr                                        # rangeExpr
    | expr op=('<' | '<=' | '>' | '>=' | '==' | '!=') expr     # comparisonExpr
    | NOT expr                                                 # notExpr
    | expr op=AND expr                                         # andExpr
    | expr op=OR expr                                          # orExpr
    | literal                                                  # literalExpr
    | IDENT                                                    # nameExpr
    | '[' (expr (',' expr)* ','?)? ']'                         # listExpr
    | '{' (option (',' option)* ','?)? '}'                     # recordExpr
    | '(' expr ')'                                             # parenExpr
    ;

literal
    : INT
    | FLOAT
    | STRING
    | TRUE
    | FALSE
    ;

// Keywords. Layer, activation, loss and optimizer names are not keywords: they are names that
// the checker resolves, so that a misspelt one gets a "did you mean".
LET      : 'let';
DEF      : 'def';
DATASET  : 'dataset';
MODEL    : 'model';
TRAIN    : 'train';
EVALUATE : 'evaluate';
PREDICT  : 'predict';
PRINT    : 'print';
ON       : 'on';
INPUT    : 'input';
FOR      : 'for';
IN       : 'in';
IF       : 'if';
ELSE     : 'else';
BACKWARD : 'backward';
STEP     : 'step';
SAVE     : 'save';
TO       : 'to';
SUMMARY  : 'summary';
PLOT     : 'plot';
AND      : 'and';
OR       : 'or';
NOT      : 'not';
TRUE     : 'true';
FALSE    : 'false';

IDENT : [a-zA-Z_] [a-zA-Z_0-9]*;

FLOAT
    : DIGITS '.' DIGITS EXPONENT?
    | DIGITS EXPONENT
    ;
INT : DIGITS;
fragment DIGITS   : [0-9] ('_'? [0-9])*;
fragment EXPONENT : [eE] [+-]? [0-9]+;

STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
// A string whose line ends before its closing quote: matched here so that the error says so.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])*;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN);
NL      : '\r'? '\n' | '\r';
WS      : [ \t\f]+ -> channel(HIDDEN);

// Anything else is one bad character, reported where it stands rather than as a parse error.
BAD_CHARACTER : .;
