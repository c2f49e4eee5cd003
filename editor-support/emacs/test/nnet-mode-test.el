;;; nnet-mode-test.el --- ERT tests of nnet-mode  -*- lexical-binding: t; -*-

;; Run from the repository's root:
;;   emacs --batch -Q -L editor-support/emacs -l editor-support/emacs/test/nnet-mode-test.el \
;;         -f ert-run-tests-batch-and-exit

;;; Code:

(require 'ert)
(require 'imenu)
;; Eglot may not be installed (it is built in from Emacs 29): the test stands in for it.
(defvar eglot-server-programs nil)
(require 'nnet-mode)

(defconst nnet-test-dir
  (file-name-directory (or load-file-name buffer-file-name)))

(defmacro nnet-test-with-file (file &rest body)
  "Run BODY in a `nnet-mode' buffer holding FILE from the test folder, fontified."
  (declare (indent 1))
  `(with-temp-buffer
     (insert-file-contents (expand-file-name ,file nnet-test-dir))
     (nnet-mode)
     (font-lock-ensure)
     ,@body))

(defun nnet-test-faces (line text &optional occurrence)
  "The faces on the OCCURRENCEth TEXT of LINE, as a list (one face or several)."
  (save-excursion
    (goto-char (point-min))
    (forward-line (1- line))
    (let ((end (line-end-position)))
      (dotimes (_ (or occurrence 1))
        (unless (search-forward text end t)
          (error "No %s on line %d" text line))))
    (let ((face (get-text-property (match-beginning 0) 'face)))
      (if (listp face) face (list face)))))

(defmacro nnet-test-expect (line text occurrence face)
  `(should (equal (list ,line ,text ,occurrence (memq ,face (nnet-test-faces ,line ,text ,occurrence)) )
                  (list ,line ,text ,occurrence (memq ,face (list ,face))))))

(ert-deftest nnet-mode-highlights-every-token-class ()
  (nnet-test-with-file "syntax.nnet"
    (nnet-test-expect 1 "A comment" 1 'font-lock-comment-face)
    (nnet-test-expect 2 "let" 1 'font-lock-keyword-face)
    (nnet-test-expect 2 "rate" 1 'font-lock-variable-name-face)
    (nnet-test-expect 2 "0.5" 1 'nnet-number-face)
    (nnet-test-expect 3 "60_000" 1 'nnet-number-face)
    (nnet-test-expect 3 "1e-3" 1 'nnet-number-face)
    (nnet-test-expect 3 "2.5E+4" 1 'nnet-number-face)
    (nnet-test-expect 4 "\"data/iris.csv\"" 1 'font-lock-string-face)
    (should-not (memq 'font-lock-warning-face (nnet-test-faces 4 "csv\"")))
    (nnet-test-expect 5 "\\\"" 1 'nnet-escape-face)
    (nnet-test-expect 5 "\\n" 1 'nnet-escape-face)
    (nnet-test-expect 5 "\\d" 1 'font-lock-warning-face)
    (nnet-test-expect 6 "\"never closed" 1 'font-lock-warning-face)
    ;; The unclosed string ends with its line: the next line is code again.
    (nnet-test-expect 7 "let" 1 'font-lock-keyword-face)
    (nnet-test-expect 7 "true" 1 'font-lock-constant-face)
    (nnet-test-expect 7 "false" 1 'font-lock-constant-face)
    (nnet-test-expect 8 "$" 1 'font-lock-warning-face)
    (nnet-test-expect 9 "dataset" 1 'font-lock-keyword-face)
    (nnet-test-expect 9 "iris" 1 'font-lock-type-face)
    (nnet-test-expect 9 "iris" 2 'font-lock-builtin-face)
    (nnet-test-expect 10 "split" 1 'nnet-option-face)
    (nnet-test-expect 10 "train" 1 'nnet-option-face)
    (nnet-test-expect 10 "test" 1 'nnet-option-face)
    (nnet-test-expect 11 "standard" 1 'font-lock-constant-face)
    (nnet-test-expect 13 "net" 1 'font-lock-type-face)
    (nnet-test-expect 14 "input" 1 'font-lock-keyword-face)
    (nnet-test-expect 15 "dense" 1 'font-lock-builtin-face)
    (nnet-test-expect 15 "activation" 1 'nnet-option-face)
    (nnet-test-expect 15 "relu" 1 'font-lock-builtin-face)
    (nnet-test-expect 15 "he_uniform" 1 'font-lock-constant-face)
    (nnet-test-expect 16 "softmax" 1 'font-lock-builtin-face)
    (nnet-test-expect 18 "train" 1 'font-lock-keyword-face)
    (nnet-test-expect 18 "on" 1 'font-lock-keyword-face)
    (nnet-test-expect 18 "train" 2 'nnet-member-face)
    (nnet-test-expect 19 "loss" 1 'nnet-option-face)
    (nnet-test-expect 19 "cross_entropy" 1 'font-lock-builtin-face)
    (nnet-test-expect 20 "adam" 1 'font-lock-builtin-face)
    (nnet-test-expect 20 "learning_rate" 1 'nnet-option-face)
    (nnet-test-expect 21 "full" 1 'font-lock-constant-face)
    (nnet-test-expect 23 "evaluate" 1 'font-lock-keyword-face)
    (nnet-test-expect 23 "accuracy" 1 'font-lock-constant-face)
    (nnet-test-expect 23 "loss" 1 'font-lock-constant-face)
    (nnet-test-expect 24 "print" 1 'font-lock-keyword-face)
    (nnet-test-expect 25 "def" 1 'font-lock-keyword-face)
    (nnet-test-expect 25 "swish" 1 'font-lock-function-name-face)
    (nnet-test-expect 25 "sigmoid" 1 'font-lock-builtin-face)
    (nnet-test-expect 26 "for" 1 'font-lock-keyword-face)
    (nnet-test-expect 26 "in" 1 'font-lock-keyword-face)
    (nnet-test-expect 26 "1" 1 'nnet-number-face)
    (nnet-test-expect 26 "2000" 1 'nnet-number-face)
    (nnet-test-expect 27 "backward" 1 'font-lock-keyword-face)
    (nnet-test-expect 27 "step" 1 'font-lock-keyword-face)
    (nnet-test-expect 28 "if" 1 'font-lock-keyword-face)
    (nnet-test-expect 28 "and" 1 'font-lock-keyword-face)
    (nnet-test-expect 28 "not" 1 'font-lock-keyword-face)
    (nnet-test-expect 28 "or" 1 'font-lock-keyword-face)
    (nnet-test-expect 28 "sum" 1 'font-lock-builtin-face)
    (nnet-test-expect 28 "else" 1 'font-lock-keyword-face)
    (nnet-test-expect 28 "log" 1 'font-lock-builtin-face)
    (nnet-test-expect 30 "!" 1 'font-lock-warning-face)
    ;; Operators of the language are not flagged.
    (should-not (memq 'font-lock-warning-face (nnet-test-faces 25 "@")))
    (should-not (memq 'font-lock-warning-face (nnet-test-faces 28 "!=")))
    (should-not (memq 'font-lock-warning-face (nnet-test-faces 28 "<")))))

(ert-deftest nnet-mode-indents-by-open-brackets ()
  (with-temp-buffer
    (insert-file-contents (expand-file-name "indent.nnet" nnet-test-dir))
    (nnet-mode)
    (let ((expected (buffer-string)))
      (goto-char (point-min))
      (while (re-search-forward "^[ \t]+" nil t) (replace-match ""))
      (indent-region (point-min) (point-max))
      (should (equal (split-string (buffer-string) "\n") (split-string expected "\n"))))))

(ert-deftest nnet-mode-comments-with-hash ()
  (with-temp-buffer
    (nnet-mode)
    (insert "let x = 1")
    (comment-region (point-min) (point-max))
    (should (equal (buffer-string) "# let x = 1"))))

(ert-deftest nnet-mode-is-the-mode-of-nnet-files ()
  (should (eq (cdr (assoc "\\.nnet\\'" auto-mode-alist)) 'nnet-mode)))

(ert-deftest nnet-mode-registers-the-language-server-with-eglot ()
  ;; nnet-mode adds its entry when eglot is loaded.
  (unless (featurep 'eglot) (provide 'eglot))
  (should (equal (cdr (assq 'nnet-mode eglot-server-programs)) '("nnet" "lsp"))))

(ert-deftest nnet-mode-indexes-definitions-for-imenu ()
  (nnet-test-with-file "syntax.nnet"
    (let ((index (imenu--make-index-alist t)))
      (should (assoc "net" (cdr (assoc "Models" index))))
      (should (assoc "iris" (cdr (assoc "Datasets" index))))
      (should (assoc "rate" (cdr (assoc "Values" index))))
      (should (assoc "swish" (cdr (assoc "Functions" index)))))))

(provide 'nnet-mode-test)
;;; nnet-mode-test.el ends here
