def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'the consumer test did not run'
assert !log.contains('SLF4J(W)') && !log.contains('SLF4J:') : 'SLF4J printed a warning'
assert log.contains('TRACE io.github.flymachines.http - POST') : 'the SDK TRACE lines did not reach Logback'
return true
