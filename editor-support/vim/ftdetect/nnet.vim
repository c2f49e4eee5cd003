" NNet scripts: *.nnet
autocmd BufRead,BufNewFile *.nnet setfiletype nnet
