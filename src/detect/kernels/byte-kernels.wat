;; The scanner's passes over every byte of a text, as WebAssembly: the one-byte-per-character view
;; of a UTF-8 text (ascii-bytes.ts), the keyword automaton's walk (prefilter.ts) and the search for
;; long base64 runs (decode-spans.ts). byte-kernels.ts lays the
;; memory out and calls them; each has a plain TypeScript twin that gives the same results (the
;; tests compare them) and takes over where WebAssembly cannot run.
;;
;; Memory layout, set by byte-kernels.ts:
;;   0 .. 127     base64 class of each ASCII byte (the data segment below); 128 .. 255 stay zero
;;   256 ..       the automaton's transition table (keywordHits only)
;;   text - lead  zero bytes, text, then at least 80 zero bytes
;;   out - 16     four hit counts (keywordHits), then the output
;;
;; Built to byte-kernels-wasm.ts by scripts/wasm-kernels.mjs (wabt), as part of `npm run build`.
(module
  (memory (export "memory") 1)

  ;; Base64 class bits by byte: A-Z 1, a-z 2, 0-9 4, + and / 8, - and _ 16; 0 outside both alphabets.
  (data (i32.const 0)
    "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00"
    "\00\00\00\00\00\00\00\00\00\00\00\08\00\10\00\08\04\04\04\04\04\04\04\04\04\04\00\00\00\00\00\00"
    "\00\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\00\00\00\00\10"
    "\00\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\00\00\00\00\00")

  ;; Records a hit of walk $walk (0-3) at text offset $at in state $state, when $at is in the walk's
  ;; own quarter ($at >= $from: a walk starts `lead` bytes early to see keywords across its start).
  ;; Region $walk holds up to $cap (offset, state) pairs; its count is at out - 16 + 4 * $walk.
  ;; Returns 1 when the region is full.
  (func $hit (param $out i32) (param $cap i32) (param $walk i32) (param $at i32) (param $from i32) (param $state i32) (result i32)
    (local $counter i32) (local $count i32)
    (if (i32.lt_s (local.get $at) (local.get $from)) (then (return (i32.const 0))))
    (local.set $counter (i32.add (i32.sub (local.get $out) (i32.const 16)) (i32.shl (local.get $walk) (i32.const 2))))
    (local.set $count (i32.load (local.get $counter)))
    (if (i32.ge_u (local.get $count) (local.get $cap)) (then (return (i32.const 1))))
    (i32.store
      (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $walk) (local.get $cap)) (local.get $count)) (i32.const 3)))
      (local.get $at))
    (i32.store offset=4
      (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $walk) (local.get $cap)) (local.get $count)) (i32.const 3)))
      (local.get $state))
    (i32.store (local.get $counter) (i32.add (local.get $count) (i32.const 1)))
    (i32.const 0))

  ;; keywordHits(table, text, len, lead, out, cap) -> 0, or -1 when a region filled up.
  ;; The automaton of prefilter.ts: table[state + byte & 127] is the next state (premultiplied by
  ;; 128), stored as -(next) - 1 when it ends a keyword. Each step waits on the read before it, so
  ;; four walks over the four quarters of the text run side by side and the CPU overlaps them. Walk
  ;; k starts `lead` (longest keyword - 1) bytes before its quarter, on zero bytes for the first,
  ;; and records only the hits in its own quarter: regions 0-3 in turn list every hit in order.
  (func (export "keywordHits") (param $table i32) (param $text i32) (param $len i32) (param $lead i32) (param $out i32) (param $cap i32) (result i32)
    (local $q i32) (local $steps i32) (local $i i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32)
    (local.set $q (i32.shr_u (i32.add (local.get $len) (i32.const 3)) (i32.const 2)))
    (local.set $steps (i32.add (local.get $q) (local.get $lead)))
    (local.set $p0 (i32.sub (local.get $text) (local.get $lead)))
    (local.set $p1 (i32.add (local.get $p0) (local.get $q)))
    (local.set $p2 (i32.add (local.get $p1) (local.get $q)))
    (local.set $p3 (i32.add (local.get $p2) (local.get $q)))
    (i64.store (i32.sub (local.get $out) (i32.const 16)) (i64.const 0))
    (i64.store (i32.sub (local.get $out) (i32.const 8)) (i64.const 0))
    (block $full
      (block $done
        (loop $step
          (br_if $done (i32.ge_u (local.get $i) (local.get $steps)))
          (local.set $s0 (i32.load (i32.add (local.get $table) (i32.shl (i32.add (local.get $s0) (i32.and (i32.load8_u (i32.add (local.get $p0) (local.get $i))) (i32.const 127))) (i32.const 2)))))
          (local.set $s1 (i32.load (i32.add (local.get $table) (i32.shl (i32.add (local.get $s1) (i32.and (i32.load8_u (i32.add (local.get $p1) (local.get $i))) (i32.const 127))) (i32.const 2)))))
          (local.set $s2 (i32.load (i32.add (local.get $table) (i32.shl (i32.add (local.get $s2) (i32.and (i32.load8_u (i32.add (local.get $p2) (local.get $i))) (i32.const 127))) (i32.const 2)))))
          (local.set $s3 (i32.load (i32.add (local.get $table) (i32.shl (i32.add (local.get $s3) (i32.and (i32.load8_u (i32.add (local.get $p3) (local.get $i))) (i32.const 127))) (i32.const 2)))))
          (if (i32.lt_s (i32.or (i32.or (local.get $s0) (local.get $s1)) (i32.or (local.get $s2) (local.get $s3))) (i32.const 0))
            (then
              (if (i32.lt_s (local.get $s0) (i32.const 0))
                (then
                  (local.set $s0 (i32.sub (i32.const -1) (local.get $s0)))
                  (br_if $full (call $hit (local.get $out) (local.get $cap) (i32.const 0)
                    (i32.sub (i32.add (local.get $p0) (local.get $i)) (local.get $text)) (i32.const 0) (local.get $s0)))))
              (if (i32.lt_s (local.get $s1) (i32.const 0))
                (then
                  (local.set $s1 (i32.sub (i32.const -1) (local.get $s1)))
                  (br_if $full (call $hit (local.get $out) (local.get $cap) (i32.const 1)
                    (i32.sub (i32.add (local.get $p1) (local.get $i)) (local.get $text)) (local.get $q) (local.get $s1)))))
              (if (i32.lt_s (local.get $s2) (i32.const 0))
                (then
                  (local.set $s2 (i32.sub (i32.const -1) (local.get $s2)))
                  (br_if $full (call $hit (local.get $out) (local.get $cap) (i32.const 2)
                    (i32.sub (i32.add (local.get $p2) (local.get $i)) (local.get $text)) (i32.shl (local.get $q) (i32.const 1)) (local.get $s2)))))
              (if (i32.lt_s (local.get $s3) (i32.const 0))
                (then
                  (local.set $s3 (i32.sub (i32.const -1) (local.get $s3)))
                  (br_if $full (call $hit (local.get $out) (local.get $cap) (i32.const 3)
                    (i32.sub (i32.add (local.get $p3) (local.get $i)) (local.get $text)) (i32.mul (local.get $q) (i32.const 3)) (local.get $s3)))))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $step)))
      (return (i32.const 0)))
    (i32.const -1))

  ;; asciiView(p, len) -> how many bytes it wrote from p: the valid UTF-8 bytes at p, rewritten in
  ;; place as one byte per UTF-16 code unit of their text (ascii-bytes.ts): an ASCII byte as itself,
  ;; any other character as 0x80, twice for one outside the BMP (four bytes, a surrogate pair).
  ;; Writes never pass reads, so in place is safe; 16 ASCII bytes at a time where there are.
  (func (export "asciiView") (param $p i32) (param $len i32) (result i32)
    (local $i i32) (local $o i32) (local $b i32) (local $v v128)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (if (i32.le_u (i32.add (local.get $i) (i32.const 16)) (local.get $len))
          (then
            (local.set $v (v128.load (i32.add (local.get $p) (local.get $i))))
            (if (i32.eqz (i8x16.bitmask (local.get $v)))
              (then
                (v128.store (i32.add (local.get $p) (local.get $o)) (local.get $v))
                (local.set $i (i32.add (local.get $i) (i32.const 16)))
                (local.set $o (i32.add (local.get $o) (i32.const 16)))
                (br $next)))))
        (local.set $b (i32.load8_u (i32.add (local.get $p) (local.get $i))))
        (if (i32.lt_u (local.get $b) (i32.const 0x80))
          (then
            (i32.store8 (i32.add (local.get $p) (local.get $o)) (local.get $b))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $o (i32.add (local.get $o) (i32.const 1)))
            (br $next)))
        (i32.store8 (i32.add (local.get $p) (local.get $o)) (i32.const 0x80))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))
        (if (i32.ge_u (local.get $b) (i32.const 0xf0))
          (then
            (i32.store8 (i32.add (local.get $p) (local.get $o)) (i32.const 0x80))
            (local.set $o (i32.add (local.get $o) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 4))))
          (else
            (local.set $i (i32.add (local.get $i) (select (i32.const 3) (i32.const 2) (i32.ge_u (local.get $b) (i32.const 0xe0)))))))
        (br $next)))
    (local.get $o))

  ;; One bit per byte of the 16 at $p: set when the byte is in either base64 alphabet.
  (func $base64Mask16 (param $p i32) (result i32)
    (local $v v128)
    (local.set $v (v128.load (local.get $p)))
    (i8x16.bitmask
      (v128.or
        (v128.or
          ;; letters: (byte | 0x20) - 'a' < 26, unsigned
          (i8x16.lt_u (i8x16.sub (v128.or (local.get $v) (i8x16.splat (i32.const 0x20))) (i8x16.splat (i32.const 0x61))) (i8x16.splat (i32.const 26)))
          (i8x16.lt_u (i8x16.sub (local.get $v) (i8x16.splat (i32.const 0x30))) (i8x16.splat (i32.const 10))))
        (v128.or
          (v128.or (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x2b))) (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x2f))))
          (v128.or (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x2d))) (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x5f))))))))

  (func $base64Mask32 (param $p i32) (result i64)
    (i64.extend_i32_u
      (i32.or (call $base64Mask16 (local.get $p)) (i32.shl (call $base64Mask16 (i32.add (local.get $p) (i32.const 16))) (i32.const 16)))))

  ;; base64Runs(text, len, out) -> how many (start, end, class mix) triples it wrote at out: every
  ;; maximal run of 24 or more base64 characters (MIN_BASE64_RUN), in order. At most len / 25 + 1.
  ;; 32 bytes at a time: with the next 32 bytes' bits above them, x24 has a bit where 24 base64
  ;; bytes in a row start (x2 = two in a row, x4, x8, then x8 & x8 >> 8 & x8 >> 16); a run starts
  ;; where that bit is set and the byte before is outside the alphabet. Code, whose words are
  ;; shorter, mostly has none in a chunk: no byte of it is looked at one by one.
  (func (export "base64Runs") (param $text i32) (param $len i32) (param $out i32) (result i32)
    (local $i i32) (local $cur i64) (local $m i64) (local $x2 i64) (local $x4 i64) (local $x8 i64)
    (local $starts i64) (local $before i64) (local $start i32) (local $end i32) (local $mix i32) (local $kind i32) (local $o i32)
    (local.set $cur (call $base64Mask32 (local.get $text)))
    (local.set $o (local.get $out))
    (block $done
      (loop $chunk
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $m (i64.or (local.get $cur) (i64.shl (call $base64Mask32 (i32.add (i32.add (local.get $text) (local.get $i)) (i32.const 32))) (i64.const 32))))
        (local.set $x2 (i64.and (local.get $m) (i64.shr_u (local.get $m) (i64.const 1))))
        (local.set $x4 (i64.and (local.get $x2) (i64.shr_u (local.get $x2) (i64.const 2))))
        (local.set $x8 (i64.and (local.get $x4) (i64.shr_u (local.get $x4) (i64.const 4))))
        ;; $before: bit k set when byte k - 1 is in the alphabet (bit 0 from the last chunk)
        (local.set $starts
          (i64.and
            (i64.and (i64.and (local.get $x8) (i64.shr_u (local.get $x8) (i64.const 8))) (i64.shr_u (local.get $x8) (i64.const 16)))
            (i64.and (i64.xor (i64.or (i64.shl (local.get $m) (i64.const 1)) (local.get $before)) (i64.const -1)) (i64.const 0xffffffff))))
        (block $none
          (loop $run
            (br_if $none (i64.eqz (local.get $starts)))
            (local.set $start (i32.add (local.get $i) (i32.wrap_i64 (i64.ctz (local.get $starts)))))
            (local.set $end (local.get $start))
            (local.set $mix (i32.const 0))
            ;; to the run's end, one byte at a time (the zero bytes after the text end the last run)
            (block $ended
              (loop $byte
                (local.set $kind (i32.load8_u (i32.load8_u (i32.add (local.get $text) (local.get $end)))))
                (br_if $ended (i32.eqz (local.get $kind)))
                (local.set $mix (i32.or (local.get $mix) (local.get $kind)))
                (local.set $end (i32.add (local.get $end) (i32.const 1)))
                (br $byte)))
            (i32.store (local.get $o) (local.get $start))
            (i32.store offset=4 (local.get $o) (local.get $end))
            (i32.store offset=8 (local.get $o) (local.get $mix))
            (local.set $o (i32.add (local.get $o) (i32.const 12)))
            ;; the chunk's later starts lie past this run
            (if (i32.ge_u (i32.sub (local.get $end) (local.get $i)) (i32.const 32))
              (then (local.set $starts (i64.const 0)))
              (else (local.set $starts (i64.and (local.get $starts) (i64.shl (i64.const -1) (i64.extend_i32_u (i32.sub (local.get $end) (local.get $i))))))))
            (br $run)))
        (local.set $before (i64.shr_u (local.get $cur) (i64.const 31)))
        (local.set $cur (i64.shr_u (local.get $m) (i64.const 32)))
        (local.set $i (i32.add (local.get $i) (i32.const 32)))
        (br $chunk)))
    (i32.div_u (i32.sub (local.get $o) (local.get $out)) (i32.const 12)))
)
