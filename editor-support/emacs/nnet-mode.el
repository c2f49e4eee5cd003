;;; nnet-mode.el --- Major mode for NNet neural-network scripts  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages
;; URL: see editor-support/emacs/README.md in the NNet repository

;;; Commentary:

;; Highlighting, indentation and comments for .nnet scripts, an imenu index of their datasets,
;; models and values, and an entry for eglot, which then starts the NNet language server
;; (`nnet lsp') for diagnostics, hover, inlay hints, completion and go to definition.
;;
;; The word lists below are the lexer's keywords and the checker's built-in words
;; (dev.nnet.syntax.Lexemes.keywords(), dev.nnet.check.Vocabulary.allWords());
;; EditorVocabularyTest fails when one of them is missing here.

;;; Code:

(defgroup nnet nil
  "The NNet neural-network language."
  :group 'languages
  :prefix "nnet-")

(defcustom nnet-indent-offset 4
  "Columns of indentation for each open bracket."
  :type 'integer
  :safe #'integerp)

(defcustom nnet-server-command '("nnet" "lsp")
  "The command that starts the NNet language server, for eglot."
  :type '(repeat string))

(defface nnet-option-face '((t :inherit font-lock-variable-name-face))
  "Face for option and named-argument names: `loss:', `activation:'.")

(defface nnet-member-face '((t :inherit default))
  "Face for members such as the `train' of `iris.train'.")

(defface nnet-number-face '((t :inherit font-lock-constant-face))
  "Face for numbers.")

(defface nnet-escape-face '((t :inherit font-lock-constant-face))
  "Face for the escapes of a string: \\\" \\\\ \\n \\t.")

(defconst nnet-declaration-keywords '("let" "def" "dataset" "model")
  "Keywords that define a name.")

(defconst nnet-statement-keywords
  '("train" "evaluate" "predict" "save" "summary" "plot" "print" "backward" "step" "on" "to" "input")
  "Keywords of the other statements.")

(defconst nnet-control-keywords '("for" "in" "if" "else" "and" "or" "not")
  "Loops, conditions and logic.")

(defconst nnet-constants '("true" "false")
  "Boolean literals.")

(defconst nnet-activations '("sigmoid" "tanh" "relu" "leaky_relu" "elu" "gelu" "silu" "softplus"
                              "softmax" "log_softmax" "linear")
  "Built-in activations (each also a layer of its own).")

(defconst nnet-layers '("dense" "dropout" "batch_norm" "layer_norm" "conv2d" "max_pool" "avg_pool" "flatten" "reshape")
  "Built-in layers.")

(defconst nnet-losses '("mse" "mae" "huber" "binary_cross_entropy" "cross_entropy" "nll")
  "Built-in losses.")

(defconst nnet-optimizers '("sgd" "adam" "adamw" "adagrad" "rmsprop" "rprop")
  "Built-in optimizers.")

(defconst nnet-sources '("csv" "iris" "xor" "spirals" "moons" "blobs" "regression" "idx" "load")
  "Built-in data sources.")

(defconst nnet-normalizations '("standard" "minmax" "none")
  "Built-in normalisations.")

(defconst nnet-metrics '("accuracy" "loss" "precision" "recall" "f1" "confusion_matrix" "roc_auc" "r2")
  "Built-in metrics.")

(defconst nnet-initializers '("xavier_uniform" "xavier_normal" "he_uniform" "he_normal" "zeros" "normal" "uniform")
  "Built-in initialisers.")

(defconst nnet-batch-sizes '("full")
  "Words that may stand for a batch size.")

(defconst nnet-functions '("sum" "mean" "exp" "log")
  "Built-in tensor functions.")

(defconst nnet-schedules '("step_decay" "exponential" "cosine" "warmup" "reduce_on_plateau")
  "Built-in learning-rate schedules.")

(defconst nnet--name "[A-Za-z_][A-Za-z_0-9]*")

(defun nnet--words (words)
  "A regexp matching any of WORDS as a whole symbol."
  (concat "\\_<" (regexp-opt words t) "\\_>"))

(defun nnet--code-p (pos)
  "Non-nil when POS is outside strings and comments."
  (not (nth 8 (save-excursion (syntax-ppss pos)))))

(defun nnet--matcher (regexp predicate)
  "A font-lock matcher for REGEXP whose matches satisfy PREDICATE at their start."
  (lambda (limit)
    (let (found)
      (while (and (not found) (re-search-forward regexp limit t))
        (when (funcall predicate (match-beginning 0)) (setq found t)))
      found)))

(defun nnet--in-string-p (pos)
  "Non-nil when POS is inside a string."
  (nth 3 (save-excursion (syntax-ppss pos))))

(defconst nnet-font-lock-keywords
  `(;; A string whose line ends before its closing quote (E0102).
    (,(nnet--matcher "\"\\(?:[^\"\\\\\n]\\|\\\\.\\)*$" #'nnet--code-p)
     0 font-lock-warning-face t)
    ;; Escapes: \" \\ \n \t; any other is an error (E0105).
    (,(nnet--matcher "\\\\[\"\\\\nt]" #'nnet--in-string-p) 0 'nnet-escape-face t)
    (,(nnet--matcher "\\\\[^\"\\\\nt\n]" #'nnet--in-string-p) 0 font-lock-warning-face t)
    ;; A member, keyword or not: iris.train.
    (,(concat "\\.[ \t]*\\(" nnet--name "\\)") 1 'nnet-member-face)
    ;; An option or named argument, keyword or not: loss:, split: {train: 0.7}.
    (,(concat "\\(?:^\\|[{,(;]\\)[ \t]*\\(" nnet--name "\\)[ \t]*:") 1 'nnet-option-face)
    ;; Definitions.
    (,(concat "\\_<\\(let\\)[ \t]+\\(" nnet--name "\\)")
     (1 font-lock-keyword-face) (2 font-lock-variable-name-face))
    (,(concat "\\_<\\(dataset\\|model\\)[ \t]+\\(" nnet--name "\\)")
     (1 font-lock-keyword-face) (2 font-lock-type-face))
    (,(concat "\\_<\\(def\\)[ \t]+\\(" nnet--name "\\)")
     (1 font-lock-keyword-face) (2 font-lock-function-name-face))
    (,(nnet--words nnet-declaration-keywords) . font-lock-keyword-face)
    (,(nnet--words nnet-statement-keywords) . font-lock-keyword-face)
    (,(nnet--words nnet-control-keywords) . font-lock-keyword-face)
    (,(nnet--words nnet-constants) . font-lock-constant-face)
    (,(nnet--words (append nnet-activations nnet-layers nnet-losses nnet-optimizers nnet-sources
                           nnet-functions nnet-schedules))
     . font-lock-builtin-face)
    (,(nnet--words (append nnet-normalizations nnet-metrics nnet-initializers nnet-batch-sizes))
     . font-lock-constant-face)
    ;; Numbers: 42, 60_000, 0.5, 1e-3, 2.5E+4.
    ("\\_<[0-9]\\(?:_?[0-9]\\)*\\(?:\\.[0-9]\\(?:_?[0-9]\\)*\\)?\\(?:[eE][+-]?[0-9]+\\)?\\_>"
     . 'nnet-number-face)
    ;; A character that is not part of the language (E0103).
    (,(nnet--matcher "[^][ \t\n\r\f[:space:]A-Za-z0-9_#\"+*/%=:;,.(){}<>@!-]" #'nnet--code-p)
     0 font-lock-warning-face)
    ;; `!' only in `!='.
    (,(nnet--matcher "!" (lambda (pos)
                           (and (nnet--code-p pos) (not (eq (char-after (1+ pos)) ?=)))))
     0 font-lock-warning-face))
  "Highlighting for NNet: the lexer's token classes and the built-in words by kind.")

(defvar nnet-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\r ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?' "." table)
    (dolist (c '(?+ ?- ?* ?/ ?% ?= ?: ?\; ?, ?. ?@ ?< ?> ?!))
      (modify-syntax-entry c "." table))
    table)
  "Syntax table for `nnet-mode'.")

(defconst nnet--syntax-propertize
  (syntax-propertize-rules
   ;; A string ends at the end of its line even when it is not closed (E0102), rather than
   ;; running on into the next lines.
   ("\"\\(?:[^\"\\\\\n]\\|\\\\.\\)*\\(\n\\)"
    (1 (let ((start (match-beginning 0)))
         (unless (nth 8 (save-excursion (syntax-ppss start)))
           (put-text-property start (1+ start) 'syntax-table (string-to-syntax "|"))
           (string-to-syntax "|"))))))
  "Marks unclosed strings so that they end at the end of their line.")

(defun nnet-indent-line ()
  "Indent the current line: one `nnet-indent-offset' per bracket open at its start,
one less when it starts by closing one."
  (interactive)
  (let* ((depth (save-excursion (car (syntax-ppss (line-beginning-position)))))
         (closing (save-excursion (back-to-indentation) (looking-at-p "[]})]")))
         (column (* nnet-indent-offset (max 0 (if closing (1- depth) depth))))
         (offset (- (current-column) (current-indentation))))
    (indent-line-to column)
    (when (> offset 0) (move-to-column (+ column offset)))))

(defvar nnet-imenu-generic-expression
  `(("Functions" ,(concat "^[ \t]*def[ \t]+\\(" nnet--name "\\)") 1)
    ("Models" ,(concat "^[ \t]*model[ \t]+\\(" nnet--name "\\)") 1)
    ("Datasets" ,(concat "^[ \t]*dataset[ \t]+\\(" nnet--name "\\)") 1)
    ("Values" ,(concat "^[ \t]*let[ \t]+\\(" nnet--name "\\)") 1))
  "Imenu index of an NNet script.")

;;;###autoload
(define-derived-mode nnet-mode prog-mode "NNet"
  "Major mode for NNet scripts (.nnet).
For diagnostics, hover, inlay hints and completion, start eglot (\\[eglot]): it runs
`nnet-server-command'."
  :syntax-table nnet-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local comment-end "")
  (setq-local font-lock-defaults '(nnet-font-lock-keywords))
  (setq-local syntax-propertize-function nnet--syntax-propertize)
  (setq-local indent-line-function #'nnet-indent-line)
  (setq-local indent-tabs-mode nil)
  (setq-local electric-indent-chars (append "{}[]()" electric-indent-chars))
  (setq-local imenu-generic-expression nnet-imenu-generic-expression))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.nnet\\'" . nnet-mode))

;; The language server, for eglot (built into Emacs 29; a package before).
(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs `(nnet-mode . ,nnet-server-command)))

(provide 'nnet-mode)
;;; nnet-mode.el ends here
