-- Aggregate call errors: arity is checked before misuse and DISTINCT, as in sqlite3.
create table t(a, b);
select 1 from t where sum(a, b);
select 1 from t where sum(a);
select count(distinct a, b) from t;
select group_concat(distinct a, ',') from t;
select sum(*) from t;
select count() from t;
select min(*) from t;
select max() from t;
select avg(distinct a) from t;
