create table t(a,b);
insert into t values(1,2.5),(NULL,'x'),(3, 'a b'), (-4, 'héllo'), (5, '');
select 1,
2
;

select 3; select 4;
.headers on
select 1 as a, 2 as b;
.separator ;
select a, b from t;
.nullvalue NIL
select null, 0.1, 100.0, 1e300, -0.0, 1e-7, 123456789012345678;
.mode box
select * from t;
.mode csv
select * from t;
select a, b as "q""x" from t;
.mode list
select * from t;
.quit
select 'never';
